using SchoolImprovement.Domain.Returns;

namespace SchoolImprovement.Web.Features.ReturnsOverview;

/// <summary>How return states read on the returns page, the home panel and the school profile (words, never colour alone).</summary>
public static class ReturnsText
{
    public static string Document(ReturnDocument document) => document switch
    {
        ReturnDocument.Sef => "SEF",
        ReturnDocument.Sip => "SIP",
        _ => document.ToString(),
    };

    public static string DocumentName(ReturnDocument document) => document switch
    {
        ReturnDocument.Sef => "Self-evaluation (SEF)",
        ReturnDocument.Sip => "School improvement plan (SIP)",
        _ => document.ToString(),
    };

    public static string State(ReturnState state) => state switch
    {
        ReturnState.NotDue => "Not due",
        ReturnState.Due => "Due",
        ReturnState.Overdue => "Overdue",
        ReturnState.Submitted => "Submitted",
        ReturnState.Reviewed => "Reviewed",
        ReturnState.ChangesRequested => "Changes requested",
        _ => state.ToString(),
    };

    /// <summary>A Bootstrap badge class for a state; the badge always carries the state's words too.</summary>
    public static string Badge(ReturnState state) => state switch
    {
        ReturnState.Overdue => "text-bg-danger",
        ReturnState.ChangesRequested => "text-bg-warning",
        ReturnState.Due => "text-bg-info",
        ReturnState.Submitted => "text-bg-primary",
        ReturnState.Reviewed => "text-bg-success",
        _ => "text-bg-light",
    };
}
