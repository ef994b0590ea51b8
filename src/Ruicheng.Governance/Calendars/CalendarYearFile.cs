using Ruicheng.Shared.Validation;
using System.Collections.Immutable;
using FluentValidation;
using NodaTime;
using Ruicheng.Governance.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Governance.Calendars;

/// <summary>
/// Loads one calendar year from JSON (schema: <see cref="Schema"/>, <c>ruicheng schema governance-calendar</c>), schema
/// first, reporting every problem at once with its JSON path: the year is 1900–2199; every holiday and make-up working
/// day lies in that year (<c>governance.calendar.date.year</c>); no day is both (<c>governance.calendar.holiday-and-working</c>);
/// no day is listed twice; the source (the official notice) is cited.
/// </summary>
/// <example>
/// <code>
/// { "$schema": "governance-calendar.schema.json", "year": 2027,
///   "holidays": ["2027-01-01"], "adjustedWorkingDays": [], "source": "国务院办公厅关于2027年部分节假日安排的通知" }
/// </code>
/// </example>
public static class CalendarYearFile
{
    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("governance-calendar.schema.json"));

    /// <summary>The JSON schema of calendar-year files.</summary>
    public static string Schema => Resources.Read("governance-calendar.schema.json");

    /// <summary>Loads and validates a calendar year.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The year, or every violation found.</returns>
    public static Result<CalendarYear> Load(string json) => DocumentLoader.Load(json, Shape, new CalendarYearValidator(), Build);

    private static CalendarYear Build(CalendarYearDocument document) =>
        new(document.Year, [.. document.Holidays!], [.. document.AdjustedWorkingDays!], document.Source!);

    internal sealed class CalendarYearDocument
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string? Schema { get; set; }

        public int Year { get; set; }

        public List<LocalDate>? Holidays { get; set; }

        public List<LocalDate>? AdjustedWorkingDays { get; set; }

        public string? Source { get; set; }
    }

    private sealed class CalendarYearValidator : AbstractValidator<CalendarYearDocument>
    {
        public CalendarYearValidator()
        {
            RuleFor(c => c.Year).InclusiveBetween(CivilTime.EarliestDate.Year, CivilTime.LatestDate.Year).WithErrorCode("governance.calendar.year.range")
                .WithMessage($"The year lies from {CivilTime.EarliestDate.Year} to {CivilTime.LatestDate.Year}.");
            RuleFor(c => c.Holidays).NotNull().WithErrorCode("governance.calendar.holidays.missing").WithMessage("A calendar year lists its holidays (an empty list if none).");
            RuleFor(c => c.AdjustedWorkingDays).NotNull().WithErrorCode("governance.calendar.working.missing").WithMessage("A calendar year lists its make-up working days (an empty list if none).");
            RuleForEach(c => c.Holidays).Must((c, d) => d.Year == c.Year).WithErrorCode("governance.calendar.date.year").WithMessage("A holiday lies in the calendar's year.");
            RuleForEach(c => c.AdjustedWorkingDays).Must((c, d) => d.Year == c.Year).WithErrorCode("governance.calendar.date.year")
                .WithMessage("A make-up working day lies in the calendar's year.");
            RuleForEach(c => c.AdjustedWorkingDays).Must((c, d) => c.Holidays is null || !c.Holidays.Contains(d))
                .WithErrorCode("governance.calendar.holiday-and-working").WithMessage("A date cannot be both a holiday and an adjusted working day.");
            RuleFor(c => c.Source).NotEmpty().WithErrorCode("governance.calendar.source.missing").WithMessage("A calendar year cites the official notice its dates come from.");
        }
    }
}
