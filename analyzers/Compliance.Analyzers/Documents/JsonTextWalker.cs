using System;
using System.Collections.Generic;
using System.Text;

namespace Compliance.Analyzers.Documents
{
    /// <summary>
    /// Walks JSON text for its string values and their key paths without parsing it: comments are skipped and
    /// broken syntax does not stop the walk, so a file its strict reader rejects (CMP9001) still has every value
    /// located (DECISIONS "JSON with comments": a parse error keeps its secrets). Numbers and booleans are not values here.
    /// </summary>
    internal static class JsonTextWalker
    {
        private sealed class Frame
        {
            public bool IsArray;
            public string? Key;
            public int Index;
            public bool ExpectKey = true;
        }

        public static IEnumerable<ConfigValue> Walk(string s)
        {
            var stack = new List<Frame>();
            var i = 0;
            while (i < s.Length)
            {
                var c = s[i];
                switch (c)
                {
                    case '{':
                        stack.Add(new Frame());
                        i++;
                        break;
                    case '[':
                        stack.Add(new Frame { IsArray = true });
                        i++;
                        break;
                    case '}':
                    case ']':
                        if (stack.Count > 0)
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }

                        i++;
                        break;
                    case ':':
                        if (stack.Count > 0)
                        {
                            stack[stack.Count - 1].ExpectKey = false;
                        }

                        i++;
                        break;
                    case ',':
                        if (stack.Count > 0)
                        {
                            var top = stack[stack.Count - 1];
                            if (top.IsArray)
                            {
                                top.Index++;
                            }
                            else
                            {
                                top.ExpectKey = true;
                                top.Key = null;
                            }
                        }

                        i++;
                        break;
                    case '/':
                        if (i + 1 < s.Length && s[i + 1] == '/')
                        {
                            var nl = s.IndexOf('\n', i);
                            i = nl < 0 ? s.Length : nl + 1;
                        }
                        else if (i + 1 < s.Length && s[i + 1] == '*')
                        {
                            var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                            i = end < 0 ? s.Length : end + 2;
                        }
                        else
                        {
                            i++;
                        }

                        break;
                    case '"':
                    {
                        var start = i + 1;
                        var j = start;
                        while (j < s.Length && s[j] != '"' && s[j] != '\n')
                        {
                            j += s[j] == '\\' ? 2 : 1;
                        }

                        j = Math.Min(j, s.Length);
                        var raw = s.Substring(start, j - start);
                        i = j + 1;
                        var topFrame = stack.Count > 0 ? stack[stack.Count - 1] : null;
                        if (topFrame != null && !topFrame.IsArray && topFrame.ExpectKey)
                        {
                            topFrame.Key = raw;
                        }
                        else
                        {
                            var (anchor, leaf) = PathOf(stack);
                            yield return new ConfigValue(anchor, leaf, start, raw);
                        }

                        break;
                    }

                    default:
                        i++;
                        break;
                }
            }
        }

        /// <summary>The ':'-joined path ("$" at the root) and the innermost object key.</summary>
        private static (string Anchor, string Leaf) PathOf(List<Frame> stack)
        {
            var sb = new StringBuilder();
            var leaf = string.Empty;
            foreach (var f in stack)
            {
                var part = f.IsArray ? f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : f.Key ?? string.Empty;
                if (sb.Length > 0)
                {
                    sb.Append(':');
                }

                sb.Append(part);
                if (!f.IsArray)
                {
                    leaf = part;
                }
            }

            return (sb.Length == 0 ? "$" : sb.ToString(), leaf);
        }
    }
}
