namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// The standards a board's agenda is structured by (DDAT Appendix 1 §1.7–1.9): attainment and progress,
/// behaviour and attendance against targets, safety, the SEND and Pupil Premium groups, the curriculum,
/// inclusion, and (Church of England schools only, §1.9 and Appendix 2 §6) Christian distinctiveness.
/// </summary>
public enum AgendaStandard
{
    Attainment = 1,
    Progress = 2,
    BehaviourAndAttendance = 3,
    Safety = 4,
    SendAndPupilPremium = 5,
    Curriculum = 6,
    Inclusion = 7,
    ChristianDistinctiveness = 8,
}

public static class AgendaStandards
{
    public static string Label(this AgendaStandard standard) => standard switch
    {
        AgendaStandard.Attainment => "Pupils' attainment (including comparisons to targets)",
        AgendaStandard.Progress => "Pupils' progress (including comparisons to targets)",
        AgendaStandard.BehaviourAndAttendance => "Pupils' behaviour and attendance (including comparisons to targets)",
        AgendaStandard.Safety => "The extent to which pupils feel safe",
        AgendaStandard.SendAndPupilPremium => "Pupils with SEND and in receipt of Pupil Premium",
        AgendaStandard.Curriculum => "The quality of teaching and learning, and how well the curriculum meets pupils' needs",
        AgendaStandard.Inclusion => "How well the school promotes inclusive practice",
        AgendaStandard.ChristianDistinctiveness => "The school's distinctive Christian vision as the driver for raising standards",
        _ => standard.ToString(),
    };
}
