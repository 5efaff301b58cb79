using System.Collections.Generic;

namespace Compliance.Analyzers.Documents
{
    /// <summary>
    /// A text with its line starts: offset → 1-based line and UTF-16 column, the marks every reader reports
    /// (secret matches, walked values). Built once per file; lookups are a binary search.
    /// </summary>
    public sealed class TextLines
    {
        private readonly List<int> starts = new List<int> { 0 };

        public TextLines(string text)
        {
            Text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public string Text { get; }

        /// <summary>Number of lines (a final newline starts an empty last line).</summary>
        public int Count => starts.Count;

        /// <summary>Offset of the first character of a 0-based line.</summary>
        public int StartOf(int lineIndex) => starts[lineIndex];

        /// <summary>0-based index of the line holding an offset.</summary>
        public int LineIndexOf(int offset)
        {
            var lo = 0;
            var hi = starts.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (starts[mid] <= offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return lo;
        }

        /// <summary>1-based line and column of an offset.</summary>
        public (int Line, int Column) Position(int offset)
        {
            var line = LineIndexOf(offset);
            return (line + 1, offset - starts[line] + 1);
        }
    }
}
