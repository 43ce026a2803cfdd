namespace OpenHire.Analysis.Skills;

/// <summary>How much evidence a mention of a skill needs, so that names which are also English words do not fire on prose.</summary>
public enum SkillMatchRule
{
    /// <summary>Any spelling matches, whatever its case ("postgres", "K8s").</summary>
    Anywhere,

    /// <summary>
    /// The text must use the listed case ("Excel", "Swift", "Rust"); at the start of a sentence, where
    /// every word is capitalised, it also needs <see cref="WithContext"/>'s evidence.
    /// </summary>
    ExactCase,

    /// <summary>
    /// The listed case and a neighbouring skill or a hint such as "language" or "programming"
    /// ("Go", "R", "C"): "Python, Go and SQL" matches, "good to go" and "Go to our site" do not.
    /// </summary>
    WithContext,
}
