using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.DueDiligence;

/// <summary>
/// One area of a due diligence assessment (Vine Appendix A): its RAG risk assessment (null until rated) and comments.
/// Every area of the template is made with the assessment; changed only through <see cref="DueDiligenceAssessment.Record"/>.
/// </summary>
public sealed class DueDiligenceArea : ITrustOwned
{
    public const int CommentsLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public DueDiligenceStrand Strand { get; private set; }
    public DueDiligenceAreaKind Area { get; private set; }
    public Rag? Rag { get; private set; }
    public string? Comments { get; private set; }

    private DueDiligenceArea() { }

    internal DueDiligenceArea(Guid assessmentId, DueDiligenceAreaKind area)
    {
        Id = Guid.CreateVersion7();
        AssessmentId = assessmentId;
        Area = area;
        Strand = area.Strand();
    }

    internal void Rate(Rag? rag, string? comments)
    {
        Rag = rag;
        Comments = comments;
    }
}
