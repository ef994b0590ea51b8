using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruicheng.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dispute_cases",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rulebook = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CaseType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TierId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReportedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    DeadlineTicks = table.Column<long>(type: "bigint", nullable: true),
                    AcceptanceDeadlineTicks = table.Column<long>(type: "bigint", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispute_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Ledger = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Resident = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RuleKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RulebookVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceEventId = table.Column<string>(type: "text", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: false),
                    Reverses = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => new { x.Ledger, x.Sequence });
                });

            migrationBuilder.CreateTable(
                name: "ledger_heads",
                columns: table => new
                {
                    Ledger = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Head = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_heads", x => x.Ledger);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dispute_cases_State_DeadlineTicks",
                table: "dispute_cases",
                columns: new[] { "State", "DeadlineTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_dispute_cases_TierId",
                table: "dispute_cases",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_dispute_cases_Unit",
                table: "dispute_cases",
                column: "Unit");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Ledger_EntryId",
                table: "ledger_entries",
                columns: new[] { "Ledger", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Ledger_Resident_SourceEventId_RuleKey",
                table: "ledger_entries",
                columns: new[] { "Ledger", "Resident", "SourceEventId", "RuleKey" },
                unique: true);
            // Append-only in the database too: an altered or deleted entry would break the chain silently.
            migrationBuilder.Sql("CREATE FUNCTION ruicheng_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'ledger entries are append-only'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ruicheng_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS ruicheng_append_only();");

            migrationBuilder.DropTable(
                name: "dispute_cases");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "ledger_heads");
        }
    }
}
