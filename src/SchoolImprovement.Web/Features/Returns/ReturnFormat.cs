using System.Globalization;
using SchoolImprovement.Domain.Returns;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>How the returns pages write sizes and review states.</summary>
public static class ReturnFormat
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    public static string ReviewState(ReviewOutcome? review) => review?.Label() ?? "Awaiting review";

    /// <summary>A badge class for a state; the state's words are always written beside it, so colour is never the only signal.</summary>
    public static string Badge(ReturnState state) => state switch
    {
        ReturnState.Overdue or ReturnState.ChangesRequested => "text-bg-danger",
        ReturnState.Due or ReturnState.Submitted => "text-bg-warning",
        ReturnState.Reviewed => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
