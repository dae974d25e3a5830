namespace ReportLint.Core.Text;

/// <summary>A range of UTF-16 code units: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool OverlapsWith(TextSpan other) =>
        Math.Max(Start, other.Start) < Math.Min(End, other.End)
        // Two insertions at the same point, or an insertion inside a replaced range, also conflict.
        || (IsEmpty && other.Contains(Start)) || (other.IsEmpty && Contains(other.Start))
        || (IsEmpty && other.IsEmpty && Start == other.Start);

    public TextSpan Shift(int delta) => new(Start + delta, Length);

    public int CompareTo(TextSpan other) =>
        Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    public override string ToString() => $"[{Start}..{End})";
}
