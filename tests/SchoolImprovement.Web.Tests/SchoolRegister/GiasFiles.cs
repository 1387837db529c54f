using System.Text;

namespace SchoolImprovement.Web.Tests.SchoolRegister;

/// <summary>GIAS establishment files as GIAS serves them: Windows-1252 bytes.</summary>
public static class GiasFiles
{
    public const string Header =
        "URN,EstablishmentName,LA (name),TypeOfEstablishment (name),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge," +
        "ReligiousCharacter (name),Diocese (name),Trusts (name),NumberOfPupils,PercentageFSM,Postcode,OpenDate,HeadFirstName,HeadLastName";

    public static readonly Encoding Windows1252 = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static byte[] Csv(params string[] lines) => Windows1252.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>Three good establishments with URNs <paramref name="first"/>, +1 and +2; the first has non-ASCII (Windows-1252) letters.</summary>
    public static byte[] Good(int first, int pupilsOfFirst = 210, string nameOfThird = "Brook Academy") => Csv(
        Header,
        $"{first},St Æthelred's CofE Primary School,Derbyshire,Academy converter,Primary,4,11,Church of England,Diocese of Derby,DERBY DIOCESAN ACADEMY TRUST,{pupilsOfFirst},12.5,DE1 1AA,01-09-2015,Ælfric,Smith",
        $"{first + 1},\"Hilltop Primary, Infant and Nursery\",Derby,Academy sponsor led,Primary,3,11,Does not apply,Not applicable,DERBY DIOCESAN ACADEMY TRUST,,,DE6 1AB,,Jo,Bloggs",
        $"{first + 2},{nameOfThird},Derby,Academy converter,Secondary,11,16,None,,DERBY DIOCESAN ACADEMY TRUST,900,20,DE2 2BB,01/04/2020,,");
}
