using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>
/// One controller action and the status each role gets (see <see cref="AuthorizationMatrix"/>).
/// <paramref name="FreshClient"/>: the request ends the client's session (sign out), so it is sent
/// from a client signed in for that cell only.
/// </summary>
public sealed record MatrixRow(string Action, string Method, string Url, Target Target, string Statuses, bool FreshClient = false);
