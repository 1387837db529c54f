using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>The second step of signing in: a code from the authenticator app.</summary>
public sealed class MfaCodeForm
{
    [Display(Name = "Code from your authenticator app")] public string Code { get; set; } = "";
    public string? ReturnUrl { get; set; }

    /// <summary>Codes are typed with spaces or a hyphen as often as without.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

/// <summary>The second step of signing in with a lost phone: one of the recovery codes.</summary>
public sealed class RecoveryCodeForm
{
    [Display(Name = "Recovery code")] public string Code { get; set; } = "";
    public string? ReturnUrl { get; set; }
}

public sealed class MfaCodeFormValidator : AbstractValidator<MfaCodeForm>
{
    public MfaCodeFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.");
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter one of your recovery codes.");
}
