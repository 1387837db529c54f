namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>The pupil groups headline data is held for: cohort figures only, never individual pupils.</summary>
public enum PupilGroup
{
    All = 1,

    /// <summary>Disadvantaged pupils (Pupil Premium).</summary>
    Disadvantaged = 2,

    /// <summary>Pupils with special educational needs and disabilities.</summary>
    Send = 3,
}

/// <summary>Where a figure comes from (DDAT policy: teacher assessments underpinned by standardised tests; statutory outcomes).</summary>
public enum DataSource
{
    TeacherAssessment = 1,
    StandardisedTest = 2,
    StatutoryResult = 3,
}

/// <summary>A figure is submitted by the school and validated by the central team (DDAT policy 1.8: data at RAB meetings is validated).</summary>
public enum DataState
{
    Submitted = 1,
    Validated = 2,
}

public enum MeasureUnit
{
    Percentage,
    Score,
    Count,
}

public enum MeasureStage
{
    EarlyYears,
    Phonics,
    KeyStage2,
    KeyStage4,
    Attendance,
    Behaviour,
}
