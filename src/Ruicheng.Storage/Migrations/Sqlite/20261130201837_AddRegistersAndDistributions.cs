using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruicheng.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddRegistersAndDistributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "distributions",
                columns: table => new
                {
                    Cooperative = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IncomeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_distributions", x => new { x.Cooperative, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "share_registers",
                columns: table => new
                {
                    Cooperative = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_registers", x => x.Cooperative);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "distributions");

            migrationBuilder.DropTable(
                name: "share_registers");
        }
    }
}
