using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rag.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    StandardCodes = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_DataIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DescriptorLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_DescriptorLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPrompts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_DevelopmentPrompts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_DevelopmentStages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FsiHeadingGroups",
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
                    table.PrimaryKey("PK_FsiHeadingGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GradeCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Meaning = table.Column<string>(type: "TEXT", nullable: false),
                    IsComposite = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_GradeCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_ImprovementStages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QualityStandardSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_QualityStandardSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
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
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RolloutWaves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_RolloutWaves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeedImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Dataset = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Sectors = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovalReason = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Sips", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FsiHeadings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    FsiHeadingGroupId = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_FsiHeadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FsiHeadings_FsiHeadingGroups_FsiHeadingGroupId",
                        column: x => x.FsiHeadingGroupId,
                        principalTable: "FsiHeadingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementPrompts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImprovementStageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_ImprovementPrompts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementPrompts_ImprovementStages_ImprovementStageId",
                        column: x => x.ImprovementStageId,
                        principalTable: "ImprovementStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QualityStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    QualityStandardSetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phases = table.Column<string>(type: "TEXT", nullable: false),
                    Statements = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_QualityStandards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityStandards_QualityStandardSets_QualityStandardSetId",
                        column: x => x.QualityStandardSetId,
                        principalTable: "QualityStandardSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LocalAuthorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RolloutWaveId = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_LocalAuthorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalAuthorities_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LocalAuthorities_RolloutWaves_RolloutWaveId",
                        column: x => x.RolloutWaveId,
                        principalTable: "RolloutWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "QualityDescriptors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QualityStandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    DescriptorLevelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_QualityDescriptors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityDescriptors_DescriptorLevels_DescriptorLevelId",
                        column: x => x.DescriptorLevelId,
                        principalTable: "DescriptorLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityDescriptors_QualityStandards_QualityStandardId",
                        column: x => x.QualityStandardId,
                        principalTable: "QualityStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FsiLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrintedName = table.Column<string>(type: "TEXT", nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    SchoolCount = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_FsiLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FsiLetters_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LocalAuthorityNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_LocalAuthorityNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalAuthorityNames_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_ReviewGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewGroups_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchoolCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_SchoolCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolCategories_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    Urn = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_Schools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schools_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    QualityStandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    DescriptorLevelId = table.Column<int>(type: "INTEGER", nullable: false),
                    JudgedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_SelfEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_DescriptorLevels_DescriptorLevelId",
                        column: x => x.DescriptorLevelId,
                        principalTable: "DescriptorLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_QualityStandards_QualityStandardId",
                        column: x => x.QualityStandardId,
                        principalTable: "QualityStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WarningNoticeProcedures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingDaysToComply = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingDaysToAppeal = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_WarningNoticeProcedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WarningNoticeProcedures_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FsiFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FsiLetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    FsiHeadingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Rag = table.Column<int>(type: "INTEGER", nullable: true),
                    RagIsInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    HeadingUncertain = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttributionUncertain = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_FsiFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FsiFindings_FsiHeadings_FsiHeadingId",
                        column: x => x.FsiHeadingId,
                        principalTable: "FsiHeadings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FsiFindings_FsiLetters_FsiLetterId",
                        column: x => x.FsiLetterId,
                        principalTable: "FsiLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FsiGradeCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FsiLetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Of = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", nullable: false),
                    GradeCodeId = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_FsiGradeCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FsiGradeCounts_FsiLetters_FsiLetterId",
                        column: x => x.FsiLetterId,
                        principalTable: "FsiLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FsiGradeCounts_GradeCodes_GradeCodeId",
                        column: x => x.GradeCodeId,
                        principalTable: "GradeCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FsiGradeTransitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FsiLetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Of = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", nullable: true),
                    To = table.Column<string>(type: "TEXT", nullable: false),
                    FromGradeCodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToGradeCodeId = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_FsiGradeTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FsiGradeTransitions_FsiLetters_FsiLetterId",
                        column: x => x.FsiLetterId,
                        principalTable: "FsiLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FsiGradeTransitions_GradeCodes_FromGradeCodeId",
                        column: x => x.FromGradeCodeId,
                        principalTable: "GradeCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FsiGradeTransitions_GradeCodes_ToGradeCodeId",
                        column: x => x.ToGradeCodeId,
                        principalTable: "GradeCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CategoryCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_CategoryCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CategoryCriteria_SchoolCategories_SchoolCategoryId",
                        column: x => x.SchoolCategoryId,
                        principalTable: "SchoolCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CategoryExpectations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_CategoryExpectations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CategoryExpectations_SchoolCategories_SchoolCategoryId",
                        column: x => x.SchoolCategoryId,
                        principalTable: "SchoolCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitEntitlements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    HalfDaysPerYear = table.Column<double>(type: "REAL", nullable: true),
                    Bound = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_VisitEntitlements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitEntitlements_SchoolCategories_SchoolCategoryId",
                        column: x => x.SchoolCategoryId,
                        principalTable: "SchoolCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GradeCodeId = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_GradeCodes_GradeCodeId",
                        column: x => x.GradeCodeId,
                        principalTable: "GradeCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolCategorisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_SchoolCategorisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolCategorisations_SchoolCategories_SchoolCategoryId",
                        column: x => x.SchoolCategoryId,
                        principalTable: "SchoolCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolCategorisations_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SipDeployments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DaysPerYear = table.Column<double>(type: "REAL", nullable: true),
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
                    table.PrimaryKey("PK_SipDeployments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipDeployments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SipDeployments_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LengthDays = table.Column<double>(type: "REAL", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", nullable: false),
                    ImprovementStageId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_ImprovementStages_ImprovementStageId",
                        column: x => x.ImprovementStageId,
                        principalTable: "ImprovementStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Visits_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Visits_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryCriteria_SchoolCategoryId",
                table: "CategoryCriteria",
                column: "SchoolCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_CategoryExpectations_SchoolCategoryId",
                table: "CategoryExpectations",
                column: "SchoolCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiFindings_FsiHeadingId",
                table: "FsiFindings",
                column: "FsiHeadingId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiFindings_FsiLetterId",
                table: "FsiFindings",
                column: "FsiLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiGradeCounts_FsiLetterId",
                table: "FsiGradeCounts",
                column: "FsiLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiGradeCounts_GradeCodeId",
                table: "FsiGradeCounts",
                column: "GradeCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiGradeTransitions_FromGradeCodeId",
                table: "FsiGradeTransitions",
                column: "FromGradeCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiGradeTransitions_FsiLetterId",
                table: "FsiGradeTransitions",
                column: "FsiLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiGradeTransitions_ToGradeCodeId",
                table: "FsiGradeTransitions",
                column: "ToGradeCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiHeadings_FsiHeadingGroupId",
                table: "FsiHeadings",
                column: "FsiHeadingGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_FsiHeadings_Name",
                table: "FsiHeadings",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FsiLetters_LetterDate",
                table: "FsiLetters",
                column: "LetterDate");

            migrationBuilder.CreateIndex(
                name: "IX_FsiLetters_LocalAuthorityId",
                table: "FsiLetters",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_GradeCodes_Code",
                table: "GradeCodes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementPrompts_ImprovementStageId",
                table: "ImprovementPrompts",
                column: "ImprovementStageId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_GradeCodeId",
                table: "Inspections",
                column: "GradeCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_SchoolId",
                table: "Inspections",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorities_Name",
                table: "LocalAuthorities",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorities_RegionId",
                table: "LocalAuthorities",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorities_RolloutWaveId",
                table: "LocalAuthorities",
                column: "RolloutWaveId");

            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorityNames_LocalAuthorityId",
                table: "LocalAuthorityNames",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorityNames_Name",
                table: "LocalAuthorityNames",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_QualityDescriptors_DescriptorLevelId",
                table: "QualityDescriptors",
                column: "DescriptorLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityDescriptors_QualityStandardId",
                table: "QualityDescriptors",
                column: "QualityStandardId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityStandards_Code",
                table: "QualityStandards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityStandards_QualityStandardSetId",
                table: "QualityStandards",
                column: "QualityStandardSetId");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Name",
                table: "Regions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewGroups_LocalAuthorityId",
                table: "ReviewGroups",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolCategories_LocalAuthorityId_Number",
                table: "SchoolCategories",
                columns: new[] { "LocalAuthorityId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolCategorisations_SchoolCategoryId",
                table: "SchoolCategorisations",
                column: "SchoolCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolCategorisations_SchoolId",
                table: "SchoolCategorisations",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_LocalAuthorityId",
                table: "Schools",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Name",
                table: "Schools",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Urn",
                table: "Schools",
                column: "Urn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeedImports_Dataset",
                table: "SeedImports",
                column: "Dataset",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_DescriptorLevelId",
                table: "SelfEvaluations",
                column: "DescriptorLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_LocalAuthorityId",
                table: "SelfEvaluations",
                column: "LocalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_QualityStandardId",
                table: "SelfEvaluations",
                column: "QualityStandardId");

            migrationBuilder.CreateIndex(
                name: "IX_SipDeployments_SchoolId",
                table: "SipDeployments",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SipDeployments_SipId",
                table: "SipDeployments",
                column: "SipId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitEntitlements_SchoolCategoryId",
                table: "VisitEntitlements",
                column: "SchoolCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ImprovementStageId",
                table: "Visits",
                column: "ImprovementStageId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_SchoolId",
                table: "Visits",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_SipId",
                table: "Visits",
                column: "SipId");

            migrationBuilder.CreateIndex(
                name: "IX_WarningNoticeProcedures_LocalAuthorityId",
                table: "WarningNoticeProcedures",
                column: "LocalAuthorityId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategoryCriteria");

            migrationBuilder.DropTable(
                name: "CategoryExpectations");

            migrationBuilder.DropTable(
                name: "DataIndicators");

            migrationBuilder.DropTable(
                name: "DevelopmentPrompts");

            migrationBuilder.DropTable(
                name: "DevelopmentStages");

            migrationBuilder.DropTable(
                name: "FsiFindings");

            migrationBuilder.DropTable(
                name: "FsiGradeCounts");

            migrationBuilder.DropTable(
                name: "FsiGradeTransitions");

            migrationBuilder.DropTable(
                name: "ImprovementPrompts");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "LocalAuthorityNames");

            migrationBuilder.DropTable(
                name: "QualityDescriptors");

            migrationBuilder.DropTable(
                name: "ReviewGroups");

            migrationBuilder.DropTable(
                name: "SchoolCategorisations");

            migrationBuilder.DropTable(
                name: "SeedImports");

            migrationBuilder.DropTable(
                name: "SelfEvaluations");

            migrationBuilder.DropTable(
                name: "SipDeployments");

            migrationBuilder.DropTable(
                name: "VisitEntitlements");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "WarningNoticeProcedures");

            migrationBuilder.DropTable(
                name: "FsiHeadings");

            migrationBuilder.DropTable(
                name: "FsiLetters");

            migrationBuilder.DropTable(
                name: "GradeCodes");

            migrationBuilder.DropTable(
                name: "DescriptorLevels");

            migrationBuilder.DropTable(
                name: "QualityStandards");

            migrationBuilder.DropTable(
                name: "SchoolCategories");

            migrationBuilder.DropTable(
                name: "ImprovementStages");

            migrationBuilder.DropTable(
                name: "Schools");

            migrationBuilder.DropTable(
                name: "Sips");

            migrationBuilder.DropTable(
                name: "FsiHeadingGroups");

            migrationBuilder.DropTable(
                name: "QualityStandardSets");

            migrationBuilder.DropTable(
                name: "LocalAuthorities");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "RolloutWaves");
        }
    }
}
