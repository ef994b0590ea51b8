using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruicheng.Storage.Migrations.Sqlite
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
                    Village = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_incomes", x => new { x.Village, x.Year, x.Source });
                });

            migrationBuilder.CreateTable(
                name: "points_claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Rulebook = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Resident = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
