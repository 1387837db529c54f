using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

public sealed class MfaCodeForm
{
    [Display(Name = "Code from your authenticator app")] public string Code { get; set; } = "";
    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeForm
{
    [Display(Name = "Recovery code")] public string Code { get; set; } = "";
    public string? ReturnUrl { get; set; }
}

public sealed record MfaSetupPage(string SharedKey, string AuthenticatorUri);

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
