using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.SchoolRegister;

/// <summary>The second step of a GIAS import: the signed file from the first step and the URNs chosen.</summary>
public sealed class ImportConfirmForm
{
    public string Payload { get; set; } = "";
    public string FileName { get; set; } = "";
    public List<int> Urns { get; set; } = [];
}
