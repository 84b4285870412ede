using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Access;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The signed-in user: what they may see depends on their role and agency.";
        Field(v => v.Username);
        Field(v => v.Role, type: typeof(NonNullGraphType<EnumerationGraphType<Role>>));
        Field(v => v.Agency).Description("The agency code, e.g. police.");
    }
}

public sealed record SecondFactorEnrolment(string Username, string Secret, string EnrolmentUri)
{
    public string QrCode => SecondFactor.QrCode(EnrolmentUri);
}

public sealed class SecondFactorEnrolmentType : ObjectGraphType<SecondFactorEnrolment>
{
    public SecondFactorEnrolmentType()
    {
        Name = "SecondFactorEnrolment";
        Description = "Give the secret (or the otpauth URI as a QR code) to the user for their authenticator app; it is shown once.";
        Field(e => e.Username);
        Field(e => e.Secret);
        Field(e => e.EnrolmentUri);
        Field(e => e.QrCode).Description("The otpauth URI as a QR code, a PNG data: URI for an img element; authenticator apps scan it.");
    }
}

public static class AccessFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("me").Description("Who is signed in.").Resolve(c => c.Viewer());

    public static void AddChangesTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SecondFactorEnrolmentType>>("requireSecondFactor")
            .Description("Administrators only: from now on the account must give an authenticator code at sign-in.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                if (viewer.Role != Role.Administrator) throw new AccessRefused("Only an administrator can require a second factor.");
                var username = c.GetArgument<string>("username");
                var secret = SecondFactor.NewSecret();
                if (!await c.Service<Accounts>().RequireSecondFactor(viewer, username, secret, c.CancellationToken))
                    throw new ArgumentRefused($"There is no account {username}.");
                return new SecondFactorEnrolment(username, secret, SecondFactor.EnrolmentUri(username, secret));
            });
}
