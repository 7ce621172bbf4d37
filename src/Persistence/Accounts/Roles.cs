namespace Rag.Persistence.Accounts;

/// <summary>The four roles. Each account has one.</summary>
public static class Roles
{
    /// <summary>Manages users and roles and sees the audit trail; changes any record.</summary>
    public const string Admin = "Admin";
    /// <summary>Changes any record.</summary>
    public const string Editor = "Editor";
    /// <summary>Changes only the records of the LAs assigned to them.</summary>
    public const string LaEditor = "LaEditor";
    /// <summary>Reads everything, changes nothing.</summary>
    public const string Viewer = "Viewer";

    public static readonly string[] All = [Admin, Editor, LaEditor, Viewer];

    /// <summary>Roles that may change records (an LA editor only within their LAs).</summary>
    public static readonly string[] Editing = [Admin, Editor, LaEditor];

    public static string Describe(string role) => role switch
    {
        Admin => "Admin", Editor => "Editor", LaEditor => "LA editor", _ => "Viewer",
    };
}
