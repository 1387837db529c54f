namespace SchoolImprovement.Web.Common;

/// <summary>A form that carries the version of the record it edits (a hidden field), for conflict detection.</summary>
public interface IVersionedForm
{
    Guid Version { get; set; }
}
