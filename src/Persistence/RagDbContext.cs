using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Authorities;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Domain.Grades;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Standards;
using Rag.Domain.Visits;
using Rag.Persistence.Accounts;
using Rag.Persistence.Auditing;
using Rag.Persistence.Seed;

namespace Rag.Persistence;

/// <summary>Rag's one database: the record, the audit trail, and Identity's accounts, so each provider keeps one migration history.</summary>
public class RagDbContext(DbContextOptions options) : IdentityDbContext<RagUser, IdentityRole, string>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RolloutWave> RolloutWaves => Set<RolloutWave>();
    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();
    public DbSet<LocalAuthorityName> LocalAuthorityNames => Set<LocalAuthorityName>();
    public DbSet<ReviewGroup> ReviewGroups => Set<ReviewGroup>();
    public DbSet<WarningNoticeProcedure> WarningNoticeProcedures => Set<WarningNoticeProcedure>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<SchoolCategory> SchoolCategories => Set<SchoolCategory>();
    public DbSet<CategoryCriterion> CategoryCriteria => Set<CategoryCriterion>();
    public DbSet<CategoryExpectation> CategoryExpectations => Set<CategoryExpectation>();
    public DbSet<VisitEntitlement> VisitEntitlements => Set<VisitEntitlement>();
    public DbSet<SchoolCategorisation> SchoolCategorisations => Set<SchoolCategorisation>();
    public DbSet<GradeCode> GradeCodes => Set<GradeCode>();
    public DbSet<Sip> Sips => Set<Sip>();
    public DbSet<SipDeployment> SipDeployments => Set<SipDeployment>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<SipWorkingArea> SipWorkingAreas => Set<SipWorkingArea>();
    public DbSet<AccreditationEvent> AccreditationEvents => Set<AccreditationEvent>();
    public DbSet<RemovalCriterion> RemovalCriteria => Set<RemovalCriterion>();
    public DbSet<AnnualPerformanceReview> AnnualPerformanceReviews => Set<AnnualPerformanceReview>();
    public DbSet<ReadinessArea> ReadinessAreas => Set<ReadinessArea>();
    public DbSet<ReadinessStatement> ReadinessStatements => Set<ReadinessStatement>();
    public DbSet<ReadinessEvaluation> ReadinessEvaluations => Set<ReadinessEvaluation>();
    public DbSet<RequiredCommentary> RequiredCommentaries => Set<RequiredCommentary>();
    public DbSet<ReportSection> ReportSections => Set<ReportSection>();
    public DbSet<ImprovementStage> ImprovementStages => Set<ImprovementStage>();
    public DbSet<ImprovementPrompt> ImprovementPrompts => Set<ImprovementPrompt>();
    public DbSet<DevelopmentStage> DevelopmentStages => Set<DevelopmentStage>();
    public DbSet<DevelopmentPrompt> DevelopmentPrompts => Set<DevelopmentPrompt>();
    public DbSet<QualityStandardSet> QualityStandardSets => Set<QualityStandardSet>();
    public DbSet<QualityStandard> QualityStandards => Set<QualityStandard>();
    public DbSet<DescriptorLevel> DescriptorLevels => Set<DescriptorLevel>();
    public DbSet<QualityDescriptor> QualityDescriptors => Set<QualityDescriptor>();
    public DbSet<SelfEvaluation> SelfEvaluations => Set<SelfEvaluation>();
    public DbSet<DataIndicator> DataIndicators => Set<DataIndicator>();
    public DbSet<FsiHeadingGroup> FsiHeadingGroups => Set<FsiHeadingGroup>();
    public DbSet<FsiHeading> FsiHeadings => Set<FsiHeading>();
    public DbSet<FsiLetter> FsiLetters => Set<FsiLetter>();
    public DbSet<FsiGradeCount> FsiGradeCounts => Set<FsiGradeCount>();
    public DbSet<FsiGradeTransition> FsiGradeTransitions => Set<FsiGradeTransition>();
    public DbSet<FsiFinding> FsiFindings => Set<FsiFinding>();
    public DbSet<SeedImport> SeedImports => Set<SeedImport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserLocalAuthority> UserLocalAuthorities => Set<UserLocalAuthority>();
    public DbSet<PersonalApiToken> PersonalApiTokens => Set<PersonalApiToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RagDbContext).Assembly);

        // Every record is versioned the same way, so one convention instead of a line per configuration.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(Record).IsAssignableFrom(e.ClrType)))
            modelBuilder.Entity(entity.ClrType).Property(nameof(Record.Version)).IsConcurrencyToken();
    }
}
