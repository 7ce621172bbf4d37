using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rag.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecondReading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResolutionNote",
                table: "FsiFindings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecondReadingHeading",
                table: "FsiFindings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecondReadingLocalAuthority",
                table: "FsiFindings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SecondReadingRag",
                table: "FsiFindings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResolutionNote",
                table: "FsiFindings");

            migrationBuilder.DropColumn(
                name: "SecondReadingHeading",
                table: "FsiFindings");

            migrationBuilder.DropColumn(
                name: "SecondReadingLocalAuthority",
                table: "FsiFindings");

            migrationBuilder.DropColumn(
                name: "SecondReadingRag",
                table: "FsiFindings");
        }
    }
}
