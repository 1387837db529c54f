using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>The Director of Learning's decision on a proposal: confirm it, or return it with a reason.</summary>
public sealed class DecisionForm : IVersionedForm
{
    public Guid Version { get; set; }
    public string? Reason { get; set; }
}
