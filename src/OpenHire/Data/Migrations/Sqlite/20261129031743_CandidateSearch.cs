using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CandidateSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CurrentTitle",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OrganizationId_Id",
                table: "Applications",
                columns: new[] { "OrganizationId", "Id" });

            foreach (var sql in CandidateSearchSql.SqliteUp())
                migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in CandidateSearchSql.SqliteDown())
                migrationBuilder.Sql(sql);

            migrationBuilder.DropIndex(
                name: "IX_Applications_OrganizationId_Id",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "CurrentTitle",
                table: "Applications");
        }
    }
}
