using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;
using Rag.Domain.Standards;

namespace Rag.Domain.Authorities;

public class LocalAuthority : Record
{
    /// <summary>The name as printed in the register (003, Appendix B).</summary>
    public required string Name { get; set; }

    public int RegionId { get; set; }
    public Region? Region { get; set; }

    public int? RolloutWaveId { get; set; }
    public RolloutWave? RolloutWave { get; set; }


    public List<LocalAuthorityName> AlternativeNames { get; set; } = [];
    public List<School> Schools { get; set; } = [];
    public List<SchoolCategory> SchoolCategories { get; set; } = [];
    public List<FsiLetter> FsiLetters { get; set; } = [];
    public List<SelfEvaluation> SelfEvaluations { get; set; } = [];
    public List<ReviewGroup> ReviewGroups { get; set; } = [];
    public WarningNoticeProcedure? WarningNoticeProcedure { get; set; }
}
