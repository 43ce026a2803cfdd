namespace OpenHire.Analysis.Resumes.Skills;

/// <summary>Implied and related skills of the interim catalog (see <see cref="ISkillVocabulary"/>).</summary>
internal static class InterimSkillRelations
{
    private static readonly Dictionary<string, string[]> Implying = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kubernetes"] = ["EKS", "OpenShift"],
        ["AWS"] = ["EC2", "S3", "EKS", "ECS", "AWS Lambda", "Route 53", "AWS SageMaker", "CloudFormation", "DynamoDB", "Redshift", "API Gateway", "VPC"],
        ["SQL"] = ["PostgreSQL", "MySQL", "SQL Server", "Oracle", "SQLite"],
        ["Git"] = ["GitHub", "GitLab", "Bitbucket"],
        ["Hadoop"] = ["HBase", "Hive", "MapReduce", "Sqoop", "Oozie", "Pig"],
        ["CI/CD"] = ["Jenkins", "GitHub Actions", "GitLab CI", "CircleCI"],
        ["Machine learning"] = ["Deep learning", "scikit-learn", "XGBoost", "Random forest"],
        ["Deep learning"] = ["TensorFlow", "PyTorch", "Keras", "Convolutional neural networks", "LSTM"],
        ["Agile"] = ["Scrum", "Kanban"],
        ["Python"] = ["Django", "Flask", "FastAPI", "pandas", "NumPy"],
        ["Java"] = ["Spring Boot", "Spring", "Spring MVC", "J2EE", "Hibernate"],
        ["JavaScript"] = ["TypeScript", "Node.js", "React", "Angular", "Vue.js", "jQuery"],
        ["Docker"] = ["Kubernetes", "EKS"],
        ["SAP"] = ["SAP ABAP", "SAP HANA", "SAP FICO", "SAP MM", "SAP SD", "SAP BW", "SAP Fiori", "SAPUI5"],
        ["Automation testing"] = ["Selenium", "Appium", "Cucumber", "TestNG"],
        ["NoSQL"] = ["MongoDB", "Cassandra", "HBase", "DynamoDB", "Redis"],
        ["Linux"] = ["Shell"],
    };

    private static readonly string[][] RelatedGroups =
    [
        ["PostgreSQL", "MySQL", "SQL Server", "Oracle", "SQLite"],
        ["Kafka", "RabbitMQ"],
        ["AWS", "Azure", "GCP"],
        ["Terraform", "CloudFormation", "Ansible"],
        ["React", "Angular", "Vue.js"],
        ["Docker", "Kubernetes"],
        ["Jenkins", "GitHub Actions", "GitLab CI", "CircleCI"],
        ["TensorFlow", "PyTorch", "Keras"],
        ["Tableau", "Power BI"],
        ["Selenium", "Appium", "Cucumber"],
        ["MongoDB", "Cassandra", "DynamoDB"],
        ["Django", "Flask", "FastAPI"],
        ["AutoCAD", "SolidWorks", "CATIA", "Creo"],
    ];

    private static readonly Dictionary<string, HashSet<string>> RelatedBySkill = BuildRelated();

    public static IReadOnlyCollection<string> ImpliedBy(string canonical) =>
        Implying.TryGetValue(canonical, out var skills) ? skills : [];

    public static IReadOnlyCollection<string> Related(string canonical) =>
        RelatedBySkill.TryGetValue(canonical, out var skills) ? skills : [];

    private static Dictionary<string, HashSet<string>> BuildRelated()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in RelatedGroups)
            foreach (var skill in group)
            {
                if (!map.TryGetValue(skill, out var set)) map[skill] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                set.UnionWith(group.Where(other => !other.Equals(skill, StringComparison.OrdinalIgnoreCase)));
            }
        return map;
    }
}
