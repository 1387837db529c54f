using System.ComponentModel.DataAnnotations;

namespace SchoolImprovement.Web.Features.SignInRules;

/// <summary>The roles to exempt from the authenticator app (every role not ticked must use one), and the confirmation that goes with a new exemption.</summary>
public sealed class MfaExemptionsForm
{
    public List<string> ExemptRoles { get; set; } = [];

    [Display(Name = "I understand that people whose roles are all exempt will sign in with a password alone")]
    public bool Confirmed { get; set; }
}
