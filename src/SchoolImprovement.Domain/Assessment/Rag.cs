namespace SchoolImprovement.Domain.Assessment;

/// <summary>
/// A red, amber or green rating: a health check area (DDAT §2) and a due diligence area's risk assessment
/// (Vine Appendix A "RAG Risk Assessment"). Red is the greatest concern.
/// </summary>
public enum Rag
{
    Red = 1,
    Amber = 2,
    Green = 3,
}

public static class RagLabels
{
    public static string Label(this Rag rag) => rag switch
    {
        Rag.Red => "Red",
        Rag.Amber => "Amber",
        Rag.Green => "Green",
        _ => rag.ToString(),
    };

    /// <summary>The Bootstrap badge class for the rating (the label is always shown beside the colour).</summary>
    public static string BadgeClass(this Rag rag) => rag switch
    {
        Rag.Red => "text-bg-danger",
        Rag.Amber => "text-bg-warning",
        _ => "text-bg-success",
    };
}
