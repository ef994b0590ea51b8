using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruicheng.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class AddClaimsAndIncomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collective_incomes",
                columns: table => new
                {
                    Village = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_incomes", x => new { x.Village, x.Year, x.Source });
                });

            migrationBuilder.CreateTable(
                name: "points_claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Rulebook = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Resident = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_claims", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_points_claims_Resident",
                table: "points_claims",
                column: "Resident");

            migrationBuilder.CreateIndex(
                name: "IX_points_claims_State_OccurredOn",
                table: "points_claims",
                columns: new[] { "State", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collective_incomes");

            migrationBuilder.DropTable(
                name: "points_claims");
        }
    }
}
