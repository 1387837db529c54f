using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features;
using SchoolImprovement.Web.Features.Committee.Pdf;
using SchoolImprovement.Web.Features.Committee.Building;
using SchoolImprovement.Web.Reminders;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;
using SchoolImprovement.Web.Tenancy;
using SchoolImprovement.Web.Uploads;
using SchoolImprovement.Web.Validation;
using Serilog;

namespace SchoolImprovement.Web.Hosting;

public static class PortalServices
{
    public static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration));

        var services = builder.Services;
        services.AddPortalPersistence(builder.Configuration);
        services.AddPortalDataProtection();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<PortalLinks>();
        services.AddHttpContextAccessor();
        services.AddPortalForwardedHeaders();

        AddIdentity(services);
        services.AddPortalPasswords(builder.Configuration);
        services.AddPortalSecondFactors();
        // Names (__Host-) and Secure for every cookie, after Identity's defaults (ADR 0007).
        services.AddPortalCookies(builder.Environment);
        services.AddPortalThrottling(builder.Configuration);
        services.AddPortalAuthorization();
        services.AddPortalEmail(builder.Configuration);
        services.AddReminders(builder.Configuration);
        services.AddPortalFileStorage(builder.Configuration);
        services.AddDocumentUploads(builder.Configuration);
        services.AddValidatorsFromThisAssembly();
        services.AddFeatureHandlers();
        services.AddPackPdf();
        services.AddCommitteePackBuilding();
        services.AddScoped<Common.SchoolAccess>();
        services.AddScoped<Common.PermissionsReader>();
        services.AddScoped<Features.Account.AuthenticatorActivation>();
        services.AddPortalSessions();
        services.AddSecurityEventRecording();

        services.AddControllersWithViews(options =>
            {
                // Required-ness is the validators' job: they give messages written for users.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<ValidationFilter>();
                options.Filters.Add<NoStoreForSignedInFilter>();
                // Before school scope (and antiforgery): a session still owing its second factor learns nothing about ids.
                options.Filters.Add<MfaSetupFilter>(Common.SchoolScopeAttribute.RunsBeforeAntiforgery - 1000);
                // The load harness's one-query yardstick, routed only when configured (docs/performance.md).
                options.Conventions.Add(new Features.Diagnostics.ReferencePageConvention(
                    Features.Diagnostics.ReferencePageConvention.Enabled(builder.Configuration, builder.Environment)));
            })
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureFolderViewLocations()));
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UkCulture);
            options.SupportedCultures = [UkCulture];
            options.SupportedUICultures = [UkCulture];
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole<Guid>>(options =>
            {
                // NCSC / NIST guidance: length over composition; long passphrases allowed.
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                // Lockout is per account and address; Identity's account-wide one is a backstop set from "Lockout" (ADR 0011).
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToAccessDenied = RefusedAuthorisation.RespondForbiddenAsync,
                // Deactivation and password changes end sessions at once (docs/security.md).
                OnValidatePrincipal = ActiveSessionValidator.ValidateAsync,
                // Each issued cookie names a server-side session (Security/Sessions).
                OnSigningIn = SessionCookieEvents.SigningInAsync,
            };
        });
    }
}
