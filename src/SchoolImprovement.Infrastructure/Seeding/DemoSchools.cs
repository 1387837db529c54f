using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>Fictional schools for the demo trusts. URNs are in a range GIAS does not use for these names.</summary>
internal static class DemoSchools
{
    public static IReadOnlyList<SchoolDetails> Ddat() =>
    [
        new(190001, "St Alkmund's CE Primary Academy", "Primary", "Academy converter", "Derbyshire", "Church of England", "Diocese of Derby", 212, new DateOnly(2015, 9, 1)),
        new(190002, "Ashbourne Hilltop CE Primary", "Primary", "Academy converter", "Derbyshire", "Church of England", "Diocese of Derby", 187, new DateOnly(2016, 4, 1)),
        new(190003, "Dovedale Meadows Primary Academy", "Primary", "Academy sponsor led", "Derbyshire", null, null, 301, new DateOnly(2017, 9, 1)),
        new(190004, "Christ Church Belper CE Infant School", "Primary", "Academy converter", "Derbyshire", "Church of England", "Diocese of Derby", 96, new DateOnly(2018, 1, 1)),
        new(190005, "St Werburgh's CE Junior Academy", "Primary", "Academy converter", "Derby", "Church of England", "Diocese of Derby", 240, new DateOnly(2018, 9, 1)),
        new(190006, "Riverside Peak CE Secondary Academy", "Secondary", "Academy converter", "Derbyshire", "Church of England", "Diocese of Derby", 864, new DateOnly(2019, 9, 1)),
        new(190007, "Holy Trinity Matlock CE Primary", "Primary", "Academy converter", "Derbyshire", "Church of England", "Diocese of Derby", 158, new DateOnly(2020, 9, 1)),
        new(190008, "Long Eaton Brook Primary Academy", "Primary", "Academy sponsor led", "Derbyshire", null, null, 389, new DateOnly(2021, 9, 1)),
        new(190009, "St Giles' CE Nursery and Primary", "Primary", "Academy converter", "Derby", "Church of England", "Diocese of Derby", 274, new DateOnly(2023, 4, 1)),
        new(190010, "Chesterfield Crooked Spire CE Academy", "All-through", "Free schools", "Derbyshire", "Church of England", "Diocese of Derby", 1102, new DateOnly(2025, 9, 1)),
    ];

    public static IReadOnlyList<SchoolDetails> Vine() =>
    [
        new(290001, "St Cedd's CE Primary Academy", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 205, new DateOnly(2014, 9, 1)),
        new(290002, "Blackwater Vale CE Primary", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 118, new DateOnly(2015, 9, 1)),
        new(290003, "All Saints Maldon CE Infant Academy", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 87, new DateOnly(2016, 9, 1)),
        new(290004, "Colne Valley CE Junior School", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 236, new DateOnly(2017, 1, 1)),
        new(290005, "St Osyth's Vineyard CE Primary", "Primary", "Academy sponsor led", "Essex", "Church of England", "Diocese of Chelmsford", 164, new DateOnly(2018, 9, 1)),
        new(290006, "Thaxted Church Fields CE Primary", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 142, new DateOnly(2019, 4, 1)),
        new(290007, "Havering Grange CE Primary Academy", "Primary", "Academy converter", "Havering", "Church of England", "Diocese of Chelmsford", 418, new DateOnly(2020, 9, 1)),
        new(290008, "Roding Valley CE Primary", "Primary", "Academy converter", "Redbridge", "Church of England", "Diocese of Chelmsford", 330, new DateOnly(2022, 9, 1)),
        new(290009, "St Peter's on the Wall CE Primary", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 71, new DateOnly(2024, 9, 1)),
    ];
}
