namespace SchoolImprovement.Web.Features.Committee.Building;

public static class PackBuildingRegistration
{
    /// <summary>The committee pack builder and its sections, for the request (or trust) scope.</summary>
    public static IServiceCollection AddCommitteePackBuilding(this IServiceCollection services)
    {
        services.AddScoped<ICommitteePackBuilder, CommitteePackBuilder>();
        services.AddScoped<IPackSection, TrustSummarySection>();
        services.AddScoped<IPackSection, SchoolsCausingConcernSection>();
        services.AddScoped<IPackSection, BoardsSection>();
        services.AddScoped<IPackSection, RecommendationsSection>();
        services.AddScoped<IPackSection, UrgentDecisionsSection>();
        services.AddScoped<IPackSection, ExitsSection>();
        services.AddScoped<IPackSection, HeadlineDataSection>();
        services.AddScoped<IPackSection, SpotlightSection>();
        services.AddScoped<IPackSection, HealthChecksSection>();
        services.AddScoped<IPackSection, ReturnsSection>();
        services.AddScoped<IPackSection, AllocationsSection>();
        services.AddScoped<IPackSection, TermsOfReferenceReviewsSection>();
        return services;
    }
}
