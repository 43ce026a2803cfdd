namespace OpenHire.SearchBench;

/// <summary>Word lists the generated resumes are made of (no corpus files): names, places, titles, companies, résumé prose.</summary>
static class Words
{
    public static readonly string[] FirstNames =
    [
        "Grace", "Alan", "Ada", "Katherine", "Linus", "Margaret", "Barbara", "Donald", "Ken", "Dennis", "John", "James", "Mary",
        "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David", "Susan", "Richard", "Jessica",
        "Joseph", "Sarah", "Thomas", "Karen", "Priya", "Arjun", "Mei", "Wei", "Hiroshi", "Yuki", "Fatima", "Omar", "Aisha",
        "Mohammed", "Sofia", "Mateo", "Lucía", "Diego", "Olga", "Dmitri", "Ingrid", "Lars", "Chloé", "Étienne", "Zoë", "Kwame",
        "Amara", "Chinedu", "Ngozi", "Siobhan", "Declan", "Anika", "Jonas", "Leila", "Tomás", "Noor",
    ];

    public static readonly string[] LastNames =
    [
        "Hopper", "Turing", "Lovelace", "Johnson", "Torvalds", "Hamilton", "Liskov", "Knuth", "Thompson", "Ritchie", "Smith",
        "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "White", "Harris", "Clark", "Lewis", "Patel", "Sharma", "Chen", "Wang", "Tanaka", "Sato",
        "Khan", "Haddad", "Rossi", "Müller", "Schmidt", "Novak", "Kowalski", "Ivanova", "Andersson", "Nielsen", "Dubois",
        "Okafor", "Mensah", "O'Brien", "Murphy", "Kaur", "Nguyen", "Kim", "Park", "Silva", "Santos", "Costa", "Cohen",
    ];

    /// <summary>Cities, most common first: picked with a skew, as real applicant pools are.</summary>
    public static readonly string[] Cities =
    [
        "San Francisco, CA", "New York, NY", "Berlin, Germany", "London, UK", "Austin, TX", "Seattle, WA", "Toronto, Canada",
        "Amsterdam, Netherlands", "Paris, France", "Bangalore, India", "Boston, MA", "Chicago, IL", "Denver, CO", "Oakland, CA",
        "San Jose, CA", "Lisbon, Portugal", "Madrid, Spain", "Warsaw, Poland", "Stockholm, Sweden", "Dublin, Ireland",
        "Munich, Germany", "Zurich, Switzerland", "Tel Aviv, Israel", "Singapore", "Tokyo, Japan", "Sydney, Australia",
        "São Paulo, Brazil", "Mexico City, Mexico", "Lagos, Nigeria", "Nairobi, Kenya", "Kraków, Poland", "Porto, Portugal",
        "Atlanta, GA", "Portland, OR", "Raleigh, NC", "Pittsburgh, PA", "Montréal, Canada", "Vancouver, Canada", "Reykjavík, Iceland",
        "Tallinn, Estonia",
    ];

    public static readonly string[] Titles =
    [
        "Software Engineer", "Senior Software Engineer", "Backend Engineer", "Frontend Engineer", "Full Stack Developer",
        "Data Engineer", "Data Scientist", "Machine Learning Engineer", "Site Reliability Engineer", "DevOps Engineer",
        "Platform Engineer", "Mobile Developer", "iOS Engineer", "Android Engineer", "Security Engineer", "QA Engineer",
        "Engineering Manager", "Staff Engineer", "Principal Engineer", "Solutions Architect", "Cloud Architect",
        "Database Administrator", "Product Manager", "Technical Program Manager", "Analytics Engineer", "Embedded Software Engineer",
        "Game Developer", "Research Scientist", "Support Engineer", "Developer Advocate",
    ];

    public static readonly string[] CompanyParts =
    [
        "Acme", "Initech", "Globex", "Hooli", "Umbrella", "Stark", "Wayne", "Vandelay", "Soylent", "Tyrell", "Cyberdyne",
        "Wonka", "Gringotts", "Aperture", "Black Mesa", "Oscorp", "Pied Piper", "Massive Dynamic", "Dunder", "Nakatomi",
    ];

    public static readonly string[] CompanySuffixes = ["Labs", "Systems", "Inc.", "GmbH", "Technologies", "Analytics", "Cloud", "Health", "Bank", "Logistics"];

    public static readonly string[] Verbs =
    [
        "Built", "Designed", "Led", "Owned", "Scaled", "Migrated", "Automated", "Delivered", "Improved", "Reduced", "Launched",
        "Maintained", "Refactored", "Mentored", "Shipped", "Introduced", "Optimized", "Rewrote", "Established", "Drove",
    ];

    public static readonly string[] Objects =
    [
        "the payments platform", "a streaming data pipeline", "internal developer tooling", "the search service",
        "customer-facing APIs", "the billing system", "a recommendation engine", "the mobile checkout flow", "observability dashboards",
        "the CI/CD pipeline", "a multi-region deployment", "the data warehouse", "fraud detection models", "the onboarding funnel",
        "an event-driven architecture", "the identity service", "a feature flag system", "batch reporting jobs", "the API gateway",
        "on-call runbooks", "load testing infrastructure", "the design system", "GDPR data retention", "a real-time chat service",
    ];

    public static readonly string[] Outcomes =
    [
        "cutting p99 latency by 40%", "saving $200k a year in cloud costs", "serving 3M daily users", "raising conversion by 12%",
        "with zero downtime", "across 12 teams", "reducing incidents by half", "in under six months", "for 40 enterprise customers",
        "improving test coverage to 85%", "handling 50k requests per second", "ahead of schedule",
    ];

    public static readonly string[] Degrees =
    [
        "B.S. Computer Science", "M.S. Computer Science", "B.Eng. Software Engineering", "B.A. Mathematics", "M.S. Statistics",
        "Ph.D. Physics", "B.S. Electrical Engineering", "M.Eng. Data Science", "B.S. Information Systems",
    ];

    public static readonly string[] Universities =
    [
        "Stanford University", "MIT", "University of Toronto", "TU Munich", "ETH Zurich", "Imperial College London", "IIT Bombay",
        "University of Warsaw", "KTH Royal Institute of Technology", "University of Lagos", "Universidade de São Paulo", "UC Berkeley",
    ];

    /// <summary>Skills most resumes name, most common first; the rest come from the whole taxonomy.</summary>
    public static readonly string[] PopularSkills =
    [
        "Python", "JavaScript", "SQL", "Java", "TypeScript", "AWS", "Docker", "React", "Git", "Linux", "Kubernetes", "PostgreSQL",
        "Go", "Node.js", "C#", "Terraform", "Kafka", "Redis", "GCP", "Azure", "Spark", "MongoDB", "GraphQL", "Django", "Spring",
        "Rust", "Kotlin", "Swift", "Airflow", "Snowflake", "Elasticsearch", "RabbitMQ", "Scala", "Ruby", "Vue.js", "Angular",
    ];

    public static readonly string[] CoverLetterLines =
    [
        "I am excited to apply for this role.", "Your mission resonates with me.", "I have followed your engineering blog for years.",
        "I would bring hands-on experience with distributed systems.", "I enjoy mentoring and code review.",
        "I am relocating and available to start next month.", "I thrive in small, fast-moving teams.",
        "I care deeply about reliability and developer experience.", "Thank you for considering my application.",
    ];
}
