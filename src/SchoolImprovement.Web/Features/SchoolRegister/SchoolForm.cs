using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.SchoolRegister;

/// <summary>A school's key facts as an editable form; <see cref="Version"/> is the concurrency token it was loaded with.</summary>
public sealed class SchoolForm : IVersionedForm
{
    public Guid Version { get; set; }

    [Display(Name = "URN")] public int? Urn { get; set; }
    [Display(Name = "Name")] public string Name { get; set; } = "";
    [Display(Name = "Phase")] public string Phase { get; set; } = "";
    [Display(Name = "Type of establishment")] public string EstablishmentType { get; set; } = "";
    [Display(Name = "Local authority")] public string LocalAuthority { get; set; } = "";
    [Display(Name = "Church designation (religious character)")] public string? ChurchDesignation { get; set; }
    [Display(Name = "Diocese")] public string? Diocese { get; set; }
    [Display(Name = "Number of pupils")] public int? Pupils { get; set; }
    [Display(Name = "Date joined the trust")] public DateOnly? DateJoined { get; set; }

    public static SchoolForm From(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return new SchoolForm
        {
            Version = school.Version,
            Urn = school.Urn,
            Name = school.Name,
            Phase = school.Phase,
            EstablishmentType = school.EstablishmentType,
            LocalAuthority = school.LocalAuthority,
            ChurchDesignation = school.ChurchDesignation,
            Diocese = school.Diocese,
            Pupils = school.Pupils,
            DateJoined = school.DateJoined,
        };
    }

    public SchoolDetails ToDetails() =>
        new(Urn ?? 0, Name ?? "", Phase ?? "", EstablishmentType ?? "", LocalAuthority ?? "", ChurchDesignation, Diocese, Pupils, DateJoined ?? default);
}

public sealed class SchoolFormValidator : AbstractValidator<SchoolForm>
{
    public SchoolFormValidator()
    {
        RuleFor(f => f.Urn).NotNull().WithMessage("Enter the school's URN.")
            .InclusiveBetween(SchoolDetails.LowestUrn, SchoolDetails.HighestUrn).WithMessage("The URN must be a six-digit number, like 190001.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the school's name.").MaximumLength(200);
        RuleFor(f => f.Phase).NotEmpty().WithMessage("Enter the school's phase, like Primary.").MaximumLength(100);
        RuleFor(f => f.EstablishmentType).NotEmpty().WithMessage("Enter the type of establishment, like Academy converter.").MaximumLength(150);
        RuleFor(f => f.LocalAuthority).NotEmpty().WithMessage("Enter the local authority.").MaximumLength(100);
        RuleFor(f => f.ChurchDesignation).MaximumLength(100);
        RuleFor(f => f.Diocese).MaximumLength(100);
        RuleFor(f => f.Pupils).GreaterThanOrEqualTo(0).WithMessage("The number of pupils cannot be negative.");
        RuleFor(f => f.DateJoined).NotNull().WithMessage("Enter the date the school joined the trust.");
    }
}
