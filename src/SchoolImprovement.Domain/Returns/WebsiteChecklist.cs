namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// What an academy must publish online, as the Director of Learning checks it once a year (Vine policy §4: "The DOL
/// will also moderate all school improvement plans and school websites for compliance and curriculum content"),
/// after the DfE's "What academies, free schools and colleges should publish online".
/// </summary>
public static class WebsiteChecklist
{
    public const int NoteMaximumLength = 500;

    public static readonly IReadOnlyList<WebsiteCheckItem> All =
    [
        new("contact-details", "Contact details: the school's name, address and telephone number, and the person who deals with queries from parents and the public", WebsiteItemScope.All),
        new("opening-hours", "Opening hours: the time the school opens and closes each day, and the total time in a typical week", WebsiteItemScope.All),
        new("admissions", "Admission arrangements: how applications are considered, the oversubscription criteria, and how to apply (or where the local authority publishes them)", WebsiteItemScope.All),
        new("inspection-reports", "Ofsted reports: the latest inspection report, or a link to it on the Ofsted website", WebsiteItemScope.All),
        new("performance-tables", "Exam and assessment results, and a link to the school's page on the DfE performance tables service", WebsiteItemScope.All),
        new("curriculum", "Curriculum: the content for each subject in each academic year, and how parents can find out more", WebsiteItemScope.All),
        new("phonics-reading", "Curriculum: the phonics or reading scheme used in key stage 1", WebsiteItemScope.Primary),
        new("religious-education", "Curriculum: the approach to religious education", WebsiteItemScope.All),
        new("sixteen-to-nineteen", "16 to 19 bursary fund and the 16 to 19 curriculum, where the school has a sixth form", WebsiteItemScope.Secondary),
        new("careers-programme", "Careers programme: the careers leader's contact details, how the programme is measured, and the provider access policy statement", WebsiteItemScope.Secondary),
        new("behaviour-policy", "Behaviour policy", WebsiteItemScope.All),
        new("complaints", "School complaints procedure, including any arrangements for complaints about SEND provision", WebsiteItemScope.All),
        new("pupil-premium", "Pupil premium strategy statement (the DfE template) for the current academic year", WebsiteItemScope.All),
        new("pe-sport-premium", "PE and sport premium: how much was received, how it was spent and its effect, and swimming attainment of year 6 pupils", WebsiteItemScope.Primary),
        new("recovery-premium", "Recovery or catch-up premium: how it is spent and its effect, where the school received it", WebsiteItemScope.All),
        new("sen-report", "SEN information report: how the school supports pupils with special educational needs and disabilities, and the SENCO's contact details", WebsiteItemScope.All),
        new("accessibility-plan", "Accessibility plan", WebsiteItemScope.All),
        new("equality", "Equality information and objectives (public sector equality duty), updated every year and reviewed at least every four years", WebsiteItemScope.All),
        new("charging-remissions", "Charging and remissions policy", WebsiteItemScope.All),
        new("values-ethos", "The school's values and ethos", WebsiteItemScope.All),
        new("uniform", "Requirements for school uniform, and where parents can buy it", WebsiteItemScope.All),
        new("governance", "Trust governance: members, trustees and the local committee; their roles and responsibilities; attendance at meetings; register of business and pecuniary interests", WebsiteItemScope.All),
        new("financial-information", "Financial information: the number of employees paid over £100,000, in bands of £10,000, and a link to the trust's annual accounts", WebsiteItemScope.All),
        new("safeguarding", "Child protection and safeguarding policy, and the designated safeguarding lead's contact details", WebsiteItemScope.All),
        new("siams-report", "The latest SIAMS inspection report (church schools)", WebsiteItemScope.Church),
    ];

    /// <summary>The items a school of this phase and religious character must publish, in the checklist's order.</summary>
    public static IReadOnlyList<WebsiteCheckItem> For(string phase, bool churchSchool) => [.. All.Where(i => i.AppliesTo(phase, churchSchool))];

    public static WebsiteCheckItem? Find(string key) => All.FirstOrDefault(i => i.Key == key);

    /// <summary>GIAS phases with primary-age pupils: primary, middle deemed primary or secondary, all-through (and unknown phases, to check more rather than less).</summary>
    public static bool HasPrimaryPupils(string phase) => !IsOnly(phase, "secondary", "16 plus");

    /// <summary>GIAS phases with secondary-age pupils: secondary, middle deemed secondary or primary, all-through, 16 plus.</summary>
    public static bool HasSecondaryPupils(string phase) => !IsOnly(phase, "primary", "nursery");

    private static bool IsOnly(string phase, params string[] words)
    {
        var text = (phase ?? "").Trim();
        if (text.Contains("middle", StringComparison.OrdinalIgnoreCase) || text.Contains("all", StringComparison.OrdinalIgnoreCase) || text.Length == 0)
        {
            return false;
        }

        return words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
