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

public static class AccessFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("me").Description("Who is signed in.").Resolve(c => c.Viewer());
}
