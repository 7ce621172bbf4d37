using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rag.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeInverses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
