namespace SchoolImprovement.Domain.Returns;

/// <summary>Which schools must publish an item of the website checklist.</summary>
public enum WebsiteItemScope
{
    /// <summary>Every academy.</summary>
    All = 1,

    /// <summary>Schools with primary pupils (primary, middle, all-through).</summary>
    Primary = 2,

    /// <summary>Schools with secondary pupils (secondary, middle, all-through, 16 plus).</summary>
    Secondary = 3,

    /// <summary>Church schools (a religious character: Church of England, Roman Catholic...).</summary>
    Church = 4,
}

/// <summary>What the Director of Learning found for one item of the checklist.</summary>
public enum WebsiteItemResult
{
    Present = 1,
    Missing = 2,
    NotApplicable = 3,
}

/// <summary>One thing an academy must publish on its website (<see cref="WebsiteChecklist"/>).</summary>
/// <param name="Key">Stable key kept with each check's result (never reworded).</param>
/// <param name="Wording">What the Director of Learning looks for, as the checklist shows it.</param>
public sealed record WebsiteCheckItem(string Key, string Wording, WebsiteItemScope Scope)
{
    /// <summary>Whether a school of this phase (GIAS's phase of education) and religious character must publish the item.</summary>
    public bool AppliesTo(string phase, bool churchSchool) => Scope switch
    {
        WebsiteItemScope.Primary => WebsiteChecklist.HasPrimaryPupils(phase),
        WebsiteItemScope.Secondary => WebsiteChecklist.HasSecondaryPupils(phase),
        WebsiteItemScope.Church => churchSchool,
        _ => true,
    };
}

/// <summary>One item's result in a check, with the Director of Learning's note (what is missing, where it was found).</summary>
public sealed record WebsiteItemFinding(string Key, WebsiteItemResult Result, string? Note);
