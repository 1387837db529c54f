using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>The due diligence template as typed: the details, the narrative boxes and every area's rating and comments.</summary>
public sealed class DueDiligenceForm : IVersionedForm
{
    public Guid Version { get; set; }

    public string? SchoolName { get; set; }

    public int? Urn { get; set; }

    public string? Headteacher { get; set; }

    public string? ChairOfGovernors { get; set; }

    public string? HeldAt { get; set; }

    public string? CompletedBy { get; set; }

    public string? EvidenceGathered { get; set; }

    public string? GeneralObservations { get; set; }

    public string? Introduction { get; set; }

    public string? FurtherActions { get; set; }

    public List<DueDiligenceAreaForm> Areas { get; set; } = [];

    public static DueDiligenceForm From(DueDiligenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new DueDiligenceForm
        {
            Version = report.Version,
            SchoolName = report.SchoolName,
            Urn = report.Urn,
            Headteacher = report.Headteacher,
            ChairOfGovernors = report.ChairOfGovernors,
            HeldAt = report.HeldAt,
            CompletedBy = report.CompletedBy,
            EvidenceGathered = report.EvidenceGathered,
            GeneralObservations = report.GeneralObservations,
            Introduction = report.Introduction,
            FurtherActions = report.FurtherActions,
            Areas = [.. report.Areas.Select(a => new DueDiligenceAreaForm { Area = a.Area, Rag = a.Rag, Comments = a.Comments })],
        };
    }

    public DueDiligenceDetails Details() => new(SchoolName, Urn, Headteacher, ChairOfGovernors, HeldAt, CompletedBy);

    public DueDiligenceNarrative Narrative() => new(EvidenceGathered, GeneralObservations, Introduction, FurtherActions);

    public IReadOnlyList<DueDiligenceRating> Ratings() => [.. Areas.Select(a => new DueDiligenceRating(a.Area, a.Rag, a.Comments))];

    /// <summary>The row of <paramref name="area"/> and its index in <see cref="Areas"/> (the form's field names).</summary>
    public (int Index, DueDiligenceAreaForm Row) Row(DueDiligenceAreaKind area)
    {
        var index = Areas.FindIndex(a => a.Area == area);
        return index >= 0 ? (index, Areas[index]) : (-1, new DueDiligenceAreaForm { Area = area });
    }
}

public sealed class DueDiligenceAreaForm
{
    public DueDiligenceAreaKind Area { get; set; }

    /// <summary>Red, Amber or Green; null while not yet rated.</summary>
    public Rag? Rag { get; set; }

    public string? Comments { get; set; }
}

public sealed class DueDiligenceFormValidator : AbstractValidator<DueDiligenceForm>
{
    public DueDiligenceFormValidator()
    {
        RuleFor(f => f.SchoolName).NotEmpty().WithMessage("Give the name of the joining school.")
            .MaximumLength(DueDiligenceAssessment.NameLength).WithMessage($"The school's name can be at most {DueDiligenceAssessment.NameLength} characters.");
        RuleFor(f => f.Urn).InclusiveBetween(SchoolDetails.LowestUrn, SchoolDetails.HighestUrn).When(f => f.Urn is not null)
            .WithMessage("The URN must be a six-digit number, like 290007.");
        RuleForEach(f => f.Areas).ChildRules(area =>
        {
            area.RuleFor(a => a.Area).IsInEnum().WithMessage("Rate only the areas of the due diligence template.");
            area.RuleFor(a => a.Rag).IsInEnum().WithMessage("Choose Red, Amber or Green.");
        });
    }
}

/// <summary>
/// A due diligence lead records the template as far as it has got: details, narrative, and each area's RAG rating and
/// comments (Vine Appendix A). Saved together, on the version the lead loaded; refused once completed or withdrawn.
/// </summary>
public sealed class RecordDueDiligenceHandler(PortalDbContext db)
{
    public async Task<CommandResult> HandleAsync(Guid id, DueDiligenceForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var assessment = await db.DueDiligenceAssessments.Include(a => a.Areas).SingleOrDefaultAsync(a => a.Id == id, ct);
        return await db.ChangeAsync(assessment, form.Version, a =>
        {
            a.Record(form.Details(), form.Narrative(), form.Ratings());
            // A change to the areas alone still takes the assessment to a new version, so that a stale copy of the template conflicts.
            db.Entry(a).Property(x => x.Version).IsModified = true;
            return Task.CompletedTask;
        }, a => a.Id, ct);
    }
}
