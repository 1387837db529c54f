using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Inspections;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>
/// One inspection as entered: a form per framework. <see cref="Grades"/> lines up with
/// <see cref="AreasOf"/> of the framework (an empty choice is "not applicable" for optional areas);
/// <see cref="QuestionNotes"/> lines up with the SIAMS inspection questions IQ1-IQ7.
/// </summary>
public sealed class InspectionForm
{
    public const int NotesMaximumLength = 4000;

    public InspectionFramework? Framework { get; set; }

    [Display(Name = "Date of the inspection")]
    public DateOnly? InspectedOn { get; set; }

    public List<int?> Grades { get; set; } = [];

    public bool? SafeguardingMet { get; set; }

    public SiamsJudgement? Judgement { get; set; }

    public List<string?> QuestionNotes { get; set; } = [];

    [Display(Name = "Notes (optional)")]
    public string? Notes { get; set; }

    public static IReadOnlyList<string> AreasOf(InspectionFramework? framework) => framework switch
    {
        InspectionFramework.Ofsted2019 => InspectionAreas.Ofsted2019,
        InspectionFramework.OfstedReportCard => InspectionAreas.ReportCard,
        _ => [],
    };

    public static bool IsOptional(InspectionFramework? framework, string area) => framework switch
    {
        InspectionFramework.Ofsted2019 => InspectionAreas.OptionalOfsted2019.Contains(area),
        InspectionFramework.OfstedReportCard => InspectionAreas.OptionalReportCard.Contains(area),
        _ => false,
    };

    /// <summary>The grade chosen for the area at <paramref name="index"/>, if any.</summary>
    public int? GradeAt(int index) => index < Grades.Count ? Grades[index] : null;

    public string QuestionNoteAt(int index) => index < QuestionNotes.Count ? QuestionNotes[index] ?? "" : "";

    /// <summary>The grades given, by area name (areas left empty are not applicable or missing: the inspection decides which).</summary>
    public Dictionary<string, int> GradesByArea()
    {
        var areas = AreasOf(Framework);
        return areas.Select((area, i) => (area, grade: GradeAt(i)))
            .Where(g => g.grade is not null)
            .ToDictionary(g => g.area, g => g.grade!.Value, StringComparer.Ordinal);
    }

    /// <summary>The notes to keep: for SIAMS, one line per inspection question answered; otherwise the notes field.</summary>
    public string CombinedNotes() => Framework == InspectionFramework.Siams
        ? string.Join("\n", InspectionAreas.SiamsQuestions
            .Select((question, i) => (question, note: QuestionNoteAt(i).Trim()))
            .Where(q => q.note.Length > 0)
            .Select(q => $"{q.question}: {q.note}"))
        : (Notes ?? "").Trim();
}

public sealed class InspectionFormValidator : AbstractValidator<InspectionForm>
{
    public InspectionFormValidator()
    {
        RuleFor(f => f.Framework).NotNull().IsInEnum().WithMessage("Choose the inspection framework.");
        RuleFor(f => f.InspectedOn).NotNull().WithMessage("Enter the date of the inspection.");
        RuleFor(f => f.Grades.Count).LessThanOrEqualTo(f => InspectionForm.AreasOf(f.Framework).Count).WithMessage("There are more grades than areas.");
        RuleForEach(f => f.Grades)
            .Must((form, grade) => grade is null || (grade >= 1 && grade <= MaximumGrade(form.Framework)))
            .WithMessage("Choose a grade from the list.");
        RuleFor(f => f.SafeguardingMet).NotNull().When(f => f.Framework == InspectionFramework.OfstedReportCard)
            .WithMessage("Choose whether safeguarding was met.");
        RuleFor(f => f.Judgement).NotNull().IsInEnum().When(f => f.Framework == InspectionFramework.Siams)
            .WithMessage("Choose the SIAMS judgement.");
        RuleFor(f => f.QuestionNotes.Count).LessThanOrEqualTo(InspectionAreas.SiamsQuestions.Count).WithMessage("There are seven inspection questions.");
        RuleFor(f => f.CombinedNotes()).MaximumLength(InspectionForm.NotesMaximumLength).OverridePropertyName(nameof(InspectionForm.Notes))
            .WithMessage($"Notes must be {InspectionForm.NotesMaximumLength:N0} characters or fewer.");
    }

    private static int MaximumGrade(InspectionFramework? framework) =>
        framework == InspectionFramework.OfstedReportCard ? (int)ReportCardGrade.UrgentImprovement : (int)OfstedGrade.Inadequate;
}
