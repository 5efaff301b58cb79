namespace Compliance.Cli.Publishing;

using System.Text.Json.Nodes;

/// <summary>
/// The one pull/merge request comment the tool keeps up to date on GitLab and Gitee: found by
/// <see cref="CommentBody.Marker"/> in a paged list, then edited, or created when there is none.
/// (GitHub goes through Octokit, which pages by itself.)
/// </summary>
public static class MarkedComment
{
    public const int PerPage = 100;
    /// <summary>Stop paging after this many pages (10,000 comments): a loop guard, not a limit anyone meets.</summary>
    public const int MaxPages = 100;

    /// <param name="listQuery">Extra query of the list request (Gitee's access_token, GitLab's sort order).</param>
    /// <param name="update">Method and path that edit the comment with the given id.</param>
    /// <returns>The id of the edited comment, or null when one was created.</returns>
    public static async Task<long?> UpsertAsync(RestClient client, string listPath, IReadOnlyDictionary<string, string> listQuery,
        Func<long, (HttpMethod Method, string Path)> update, string createPath, JsonNode payload, CancellationToken ct)
    {
        if (await FindAsync(client, listPath, listQuery, ct) is { } id)
        {
            var (method, path) = update(id);
            await client.SendAsync(method, path, null, payload, ct);
            return id;
        }
        await client.SendAsync(HttpMethod.Post, createPath, null, payload, ct);
        return null;
    }

    /// <summary>
    /// Pages through the list for the comment carrying the marker. The last page is told by GitLab's
    /// X-Next-Page (empty on the last page), Gitee's total_page, or else by a short page. System notes
    /// (GitLab's "changed the description" entries) are never ours.
    /// </summary>
    public static async Task<long?> FindAsync(RestClient client, string path, IReadOnlyDictionary<string, string> listQuery, CancellationToken ct)
    {
        var page = 1;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var query = new Dictionary<string, string>(listQuery) { ["page"] = page.ToString(), ["per_page"] = PerPage.ToString() };
            var response = await client.SendAsync(HttpMethod.Get, path, query, null, ct);
            var list = response.Json as JsonArray ?? throw new InvalidOperationException("the comment list is not an array");
            foreach (var comment in list)
            {
                if (comment?["system"]?.GetValue<bool>() == true) continue;
                if (comment?["body"]?.GetValue<string>() is { } body && body.Contains(CommentBody.Marker, StringComparison.Ordinal))
                    return comment["id"]!.GetValue<long>();
            }
            if (response.Header("X-Next-Page") is { } next)
            {
                if (!int.TryParse(next, out var n) || n <= page) return null;
                page = n;
            }
            else if (int.TryParse(response.Header("total_page"), out var total))
            {
                if (page >= total) return null;
                page++;
            }
            else if (list.Count < PerPage) return null;
            else page++;
        }
        return null;
    }
}
