using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SchoolImprovement.Web.Validation;

public static class ModelStateProblems
{
    /// <summary>Adds rule failures from a handler as form-wide errors, shown in the page's error summary.</summary>
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            modelState.AddModelError("", problem);
        }
    }
}
