namespace SchoolImprovement.Web.Features.SignInRules;

/// <summary>A role of the trust, whether it is exempt from the authenticator app, and since when (UK date and time).</summary>
public sealed record RoleMfaRule(string Role, bool Exempt, string? ExemptSince);

/// <summary>The trust's sign-in rules: which roles are exempt from the authenticator app; the form as the administrator left it.</summary>
public sealed record SignInRulesPage(IReadOnlyList<RoleMfaRule> Roles, MfaExemptionsForm Form, bool MfaSwitchedOn);
