using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rag.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SipProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsSpecialist",
                table: "Schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AnnualPerformanceReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SipManager = table.Column<string>(type: "TEXT", nullable: false),
                    SchoolNames = table.Column<string>(type: "TEXT", nullable: true),
                    HeadteacherNames = table.Column<string>(type: "TEXT", nullable: true),
                    PerformanceAndImpact = table.Column<string>(type: "TEXT", nullable: true),
                    ChallengesFaced = table.Column<string>(type: "TEXT", nullable: true),
                    FeedbackFromHeadteachersAndGovernors = table.Column<string>(type: "TEXT", nullable: true),
                    ActionsAgreed = table.Column<string>(type: "TEXT", nullable: true),
                    TrainingNeeds = table.Column<string>(type: "TEXT", nullable: true),
                    SipSignature = table.Column<string>(type: "TEXT", nullable: true),
                    SipSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ManagerSignature = table.Column<string>(type: "TEXT", nullable: true),
                    ManagerSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualPerformanceReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualPerformanceReviews_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualPerformanceReviews_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Colour = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemovalCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemovalCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequiredCommentaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    OnlyForSpecialistSchools = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequiredCommentaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SipWorkingAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipWorkingAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipWorkingAreas_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SipWorkingAreas_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SipWorkingAreas_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReadinessAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadinessStatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessEvaluations_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReadinessEvaluations_ReadinessAreas_ReadinessAreaId",
                        column: x => x.ReadinessAreaId,
                        principalTable: "ReadinessAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReadinessEvaluations_ReadinessStatements_ReadinessStatementId",
                        column: x => x.ReadinessStatementId,
                        principalTable: "ReadinessStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccreditationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovalCriterionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccreditationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccreditationEvents_RemovalCriteria_RemovalCriterionId",
                        column: x => x.RemovalCriterionId,
                        principalTable: "RemovalCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccreditationEvents_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredCommentaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLines = table.Column<string>(type: "TEXT", nullable: true),
                    CuratorNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSections_RequiredCommentaries_RequiredCommentaryId",
                        column: x => x.RequiredCommentaryId,
                        principalTable: "RequiredCommentaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportSections_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationEvents_RemovalCriterionId",
                table: "AccreditationEvents",
                column: "RemovalCriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationEvents_SipId_OccurredOn",
                table: "AccreditationEvents",
                columns: new[] { "SipId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPerformanceReviews_LocalAuthorityId",
                table: "AnnualPerformanceReviews",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPerformanceReviews_SipId",
                table: "AnnualPerformanceReviews",
                column: "SipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessAreas_Name",
                table: "ReadinessAreas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessEvaluations_LocalAuthorityId_EvaluatedOn",
                table: "ReadinessEvaluations",
                columns: new[] { "LocalAuthorityId", "EvaluatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessEvaluations_ReadinessAreaId",
                table: "ReadinessEvaluations",
                column: "ReadinessAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessEvaluations_ReadinessStatementId",
                table: "ReadinessEvaluations",
                column: "ReadinessStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessStatements_Label",
                table: "ReadinessStatements",
                column: "Label",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemovalCriteria_Name",
                table: "RemovalCriteria",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_RequiredCommentaryId",
                table: "ReportSections",
                column: "RequiredCommentaryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_VisitId_RequiredCommentaryId",
                table: "ReportSections",
                columns: new[] { "VisitId", "RequiredCommentaryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequiredCommentaries_Label",
                table: "RequiredCommentaries",
                column: "Label",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SipWorkingAreas_LocalAuthorityId",
                table: "SipWorkingAreas",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_SipWorkingAreas_RegionId",
                table: "SipWorkingAreas",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_SipWorkingAreas_SipId",
                table: "SipWorkingAreas",
                column: "SipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccreditationEvents");

            migrationBuilder.DropTable(
                name: "AnnualPerformanceReviews");

            migrationBuilder.DropTable(
                name: "ReadinessEvaluations");

            migrationBuilder.DropTable(
                name: "ReportSections");

            migrationBuilder.DropTable(
                name: "SipWorkingAreas");

            migrationBuilder.DropTable(
                name: "RemovalCriteria");

            migrationBuilder.DropTable(
                name: "ReadinessAreas");

            migrationBuilder.DropTable(
                name: "ReadinessStatements");

            migrationBuilder.DropTable(
                name: "RequiredCommentaries");

            migrationBuilder.DropColumn(
                name: "IsSpecialist",
                table: "Schools");
        }
    }
}
