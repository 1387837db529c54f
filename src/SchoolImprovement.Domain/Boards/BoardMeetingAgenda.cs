using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// Which of the school's headline data each standard of a meeting's agenda looks at (Appendix 1 §1.7: "Pupils' attainment
/// (including comparisons to targets)", "Pupils' progress", "behaviour", "attendance (including comparisons to targets)",
/// "significant and vulnerable groups notably those with SEND and who are in receipt of Pupil Premium"). Standards with no
/// headline measure (safety, curriculum, inclusion, Christian distinctiveness) are discussed from the reports and the open actions.
/// </summary>
public static class BoardMeetingAgenda
{
    /// <summary>The measures a standard reads, for one pupil group (all pupils, or the SEND and disadvantaged groups).</summary>
    public static IReadOnlyList<(Measure Measure, PupilGroup Group)> DataFor(AgendaStandard standard, string schoolPhase)
    {
        var measures = Measures.For(schoolPhase);
        return standard switch
        {
            AgendaStandard.Attainment => [.. measures.Where(IsAttainment).Select(m => (m, PupilGroup.All))],
            AgendaStandard.Progress => [.. measures.Where(IsProgress).Select(m => (m, PupilGroup.All))],
            AgendaStandard.BehaviourAndAttendance => [.. measures.Where(m => m.Stage is MeasureStage.Attendance or MeasureStage.Behaviour).Select(m => (m, PupilGroup.All))],
            AgendaStandard.SendAndPupilPremium => [.. measures.Where(m => IsAttainment(m) || IsProgress(m) || m.Stage == MeasureStage.Attendance)
                .SelectMany(m => new[] { (m, PupilGroup.Disadvantaged), (m, PupilGroup.Send) })],
            _ => [],
        };
    }

    private static bool IsProgress(Measure m) => m.Key == Measures.Ks4Progress8;

    private static bool IsAttainment(Measure m) =>
        (m.Stage is MeasureStage.EarlyYears or MeasureStage.Phonics or MeasureStage.KeyStage2 or MeasureStage.KeyStage4) && !IsProgress(m);
}
