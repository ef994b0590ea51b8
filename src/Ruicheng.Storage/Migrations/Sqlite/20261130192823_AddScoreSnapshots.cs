using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruicheng.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddScoreSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "score_snapshots",
                columns: table => new
                {
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ScoreTier = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HonourPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    SpendablePoints = table.Column<long>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_snapshots", x => new { x.AsOf, x.Subject });
                });

            migrationBuilder.CreateIndex(
                name: "IX_score_snapshots_AsOf_Tier_Score",
                table: "score_snapshots",
                columns: new[] { "AsOf", "Tier", "Score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "score_snapshots");
        }
    }
}
