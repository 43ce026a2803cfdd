namespace OpenHire.Analysis.Resumes.Skills;

// Interim vocabulary until the shared SkillTaxonomy (Skills/, branch analysis-postings) lands:
// one line per skill, "Canonical|alias|alias"; a leading "!" makes an alias case-sensitive
// ("!Go" must not match the verb "go"). Replace by adapting SkillTaxonomy to ISkillVocabulary.
public sealed partial class InterimSkillCatalog
{
    private const string Lines = """
        Python|python3|py
        Java|core java
        JavaScript|js|javascript es6|es6|ecmascript
        TypeScript|!TS
        C#|c sharp|csharp
        C++|cpp
        !C|!C language
        Go|!Go|golang
        Rust|!Rust
        Ruby
        PHP
        Kotlin
        Swift|!Swift
        Scala
        R|!R|r programming|rstudio
        MATLAB
        Perl
        Shell|shell scripting|bash|sh|zsh|unix shell
        PowerShell
        SQL|structured query language|t-sql|tsql|pl/sql|plsql
        NoSQL
        HTML|html5
        CSS|css3
        Sass|scss
        Bootstrap
        Tailwind CSS|tailwind
        jQuery
        React|react.js|reactjs|react js
        Redux
        Angular|angularjs|angular.js|angular 2
        Vue.js|vue|vuejs
        Next.js|nextjs
        Node.js|!Node|nodejs|node js
        Express.js|!Express|expressjs
        Django|django rest framework
        Django REST Framework|drf
        Flask
        FastAPI
        Spring Boot|springboot
        Spring MVC
        Spring|spring framework
        Hibernate
        J2EE|java ee|jee
        .NET|dotnet|.net core|.net framework|asp.net|asp.net core
        Ruby on Rails|rails|!Rails
        Laravel
        GraphQL
        REST APIs|!REST|restful|rest api|restful apis|restful api|restful services|rest services|web services
        Microservices|microservice|micro services
        gRPC
        Kafka|apache kafka
        RabbitMQ
        Redis
        PostgreSQL|postgres|postgresql|psql
        MySQL
        SQLite
        Oracle|oracle database|oracle db
        SQL Server|mssql|microsoft sql server|sqlserver|ms sql
        MongoDB|mongo
        Cassandra|apache cassandra
        HBase
        Elasticsearch|elastic search
        Neo4j
        DynamoDB
        Snowflake
        BigQuery
        Redshift|amazon redshift
        Hadoop|apache hadoop|hdfs
        Spark|apache spark|pyspark|spark sql
        Hive|apache hive
        Pig|!Pig|apache pig
        Sqoop
        Flume
        Oozie
        MapReduce|map reduce
        Impala
        Airflow|apache airflow
        ETL
        Informatica
        Talend
        Tableau
        Power BI|powerbi
        Excel|!Excel|ms excel|microsoft excel|advanced excel
        Word|!Word|ms word|microsoft word
        PowerPoint|ms powerpoint|microsoft powerpoint
        Microsoft Office|ms office|office 365|microsoft 365
        Outlook|ms outlook
        Access|!MS Access|microsoft access
        Visio|ms visio
        Google Workspace|g suite|gsuite
        Jira|jira software
        Confluence
        Slack
        Trello
        AWS|amazon web services
        AWS Lambda|lambda
        EC2|aws ec2|amazon ec2
        S3|aws s3|amazon s3
        EKS|amazon eks|aws eks
        ECS|amazon ecs
        VPC|aws vpc
        Route 53|route53
        AWS SageMaker|sagemaker|amazon sagemaker
        API Gateway|aws api gateway
        CloudFormation
        Azure|microsoft azure
        GCP|google cloud|google cloud platform
        Docker|docker compose
        Kubernetes|k8s
        Helm
        OpenShift
        Terraform
        Ansible
        Chef|!Chef
        Puppet|!Puppet
        Jenkins
        GitHub Actions
        GitLab CI|gitlab ci/cd
        CircleCI
        CI/CD|ci cd|continuous integration|continuous delivery|continuous deployment
        Git
        GitHub
        GitLab
        Bitbucket
        SVN|subversion
        Maven
        Gradle
        Linux|ubuntu|centos|red hat|redhat|rhel|debian
        Unix
        Windows|!Windows|windows server
        macOS|mac os|os x
        Nginx
        Apache HTTP Server|apache httpd|apache tomcat|tomcat
        Prometheus
        Grafana
        Kibana
        Logstash
        ELK|elk stack|elastic stack
        Splunk
        Nagios
        Datadog
        Istio
        Argo CD|argocd
        GitOps
        DevOps
        Site reliability engineering|sre
        Kustomize
        Consul
        Vault|hashicorp vault
        Packer
        Vagrant
        InfluxDB
        Telegraf
        Filebeat
        OpenVPN
        LDAP
        OpenLDAP
        Okta
        SSO|single sign-on|single sign on
        Machine learning|ml|machine-learning
        Deep learning|deep-learning
        Artificial intelligence
        Natural language processing|nlp
        Computer vision
        Data analysis|data analytics|data analyst
        Data science
        Data visualization|data visualisation
        Statistics|statistical analysis|statistical modeling
        Data mining
        Data pipelines|data pipeline
        Big data
        Data warehousing|data warehouse
        Data modeling|data modelling
        TensorFlow|tensor flow
        Keras
        PyTorch
        scikit-learn|sklearn|scikit learn
        pandas
        NumPy
        SciPy
        Matplotlib
        Seaborn
        NLTK
        spaCy
        OpenCV
        XGBoost
        Random forest|random forests
        Regression|linear regression|logistic regression
        Decision trees|decision tree
        SVM|support vector machine|support vector machines
        Naive Bayes|naïve bayes
        K-means|kmeans
        KNN|k-nearest neighbors
        Clustering|cluster analysis
        Neural networks|neural network|neural nets|!ANN
        Convolutional neural networks|cnn|cnns
        LSTM
        Word2Vec
        Sentiment analysis
        Time series forecasting|time series|time series analysis
        ARIMA
        Prophet
        Recommendation systems|recommendation system|recommender systems|recommender system
        Collaborative filtering
        Matrix factorization
        Image recognition
        Jupyter|jupyter notebook
        Selenium|selenium webdriver
        Cucumber
        TestNG
        JUnit
        Mockito
        pytest
        Appium
        Postman
        JMeter|apache jmeter
        LoadRunner
        QTP|uft
        Automation testing|test automation|automated testing
        Manual testing
        Regression testing
        Functional testing
        Performance testing
        API testing
        Unit testing|unit tests
        Test-driven development|tdd|test driven development
        SDLC|software development life cycle
        STLC
        Agile|agile methodologies|agile methodology
        Scrum
        Kanban
        Waterfall
        Project management
        Product management
        Program management
        Stakeholder management
        Requirements gathering|requirement gathering|requirements analysis|requirement analysis
        Business analysis
        Business intelligence|!BI
        Process improvement
        Risk management
        Change management
        Budgeting|budget management
        Forecasting
        Financial analysis
        Accounting
        Six Sigma|lean six sigma
        Lean|!Lean
        Supply chain management|supply chain
        Inventory management
        Logistics
        Procurement
        Vendor management|supplier management
        Operations management
        Quality control|quality assurance|qa
        UML
        BPMN
        SAP|sap erp
        SAP ABAP|abap
        SAP HANA|hana
        SAP FICO|fico
        SAP MM
        SAP SD
        SAP BW
        SAP Fiori|fiori
        SAPUI5|ui5
        Salesforce
        HubSpot
        Zoho
        CRM
        ERP
        Market research
        UX design|user experience design|ux
        UI design|user interface design|ui
        Responsive design|responsive web design
        Web design|web designing
        Figma
        Sketch|!Sketch
        Adobe XD
        Adobe Photoshop|photoshop
        Adobe Illustrator|illustrator
        InDesign|adobe indesign
        Dreamweaver
        WordPress
        SEO|search engine optimization
        Google Analytics
        Social media marketing
        Digital marketing
        Content marketing
        Email marketing
        Campaign management
        Brand strategy|branding
        Advertising
        B2B sales|b2b
        Sales forecasting
        Sales analytics
        Lead generation
        Account management
        Customer service|customer support
        Recruitment|recruiting|talent acquisition
        Onboarding
        Payroll
        Employee relations
        Performance management|performance reviews|performance review
        HRIS
        Training and development
        Compensation and benefits
        Labor law|labour law|employment law
        Litigation
        Legal research
        Contract drafting|drafting
        Corporate law
        Civil law
        Criminal law
        AutoCAD|auto cad
        SolidWorks|solid works
        CATIA
        ANSYS
        Creo
        CAD
        CAM|!CAM
        Finite element analysis|fea
        Thermodynamics
        HVAC
        PLC|plc programming
        SCADA
        MATLAB Simulink|simulink
        Circuit design
        PCB design|pcb
        Power systems
        Embedded systems
        Microcontrollers|microcontroller
        Arduino
        Raspberry Pi
        VHDL
        Verilog
        Electrical wiring
        SketchUp
        V-Ray|vray
        3D rendering
        3D visualization|3d visualisation
        Interior design
        Spatial design
        Color theory|colour theory
        Networking|computer networks
        TCP/IP
        DNS
        Firewalls|firewall
        Cisco
        CCNA
        VPN
        IPsec VPN|ipsec
        Network security
        Cybersecurity|cyber security|information security
        Penetration testing
        Blockchain
        Ethereum
        Solidity
        Smart contracts|smart contract
        Android
        iOS
        Flutter
        React Native
        Xamarin
        Unity|!Unity
        Epic|!Epic
        Cerner
        EMR|electronic medical records|ehr
        Critical care
        Patient education
        Patient advocacy
        BLS certification|bls
        ACLS certification|acls
        Vital signs monitoring|vital signs|vitals
        IV medication administration|iv medications|iv therapy
        Emergency response
        Nutrition
        Personal training|fitness training
        Yoga
        PMP
        ITIL
        CCRN
        Operating systems
        Compilers
        Computer graphics
        Information retrieval
        Functional programming
        Cloud computing
        Distributed systems
        Speech recognition
        Evolutionary computation
        OCaml
        Assembly|assembly language
        LaTeX
        ActionScript 3|as3|actionscript
        Backbone.js|backbone
        RequireJS|require.js
        Jade
        Stylus
        Play Framework
        D3.js|d3
        Google Maps API
        MERN stack|mern
        Graph analytics
        Data structures
        Object-oriented programming|oop|object oriented programming
        Design patterns
        Mobile development
        Web development
        VS Code|visual studio code|vscode
        Visual Studio
        PyCharm
        Eclipse
        IntelliJ IDEA|intellij
        ServiceNow
        SharePoint
        Tally
        QuickBooks
        KPI management|kpi|kpis
        Retail analytics
        Team coaching
        Product launch strategy|product launch
        ROI analysis|roi
        Materials sourcing
        Mood boarding|mood boards
        tmux
        Neovim|nvim
        Vim
        Cilium
        Rancher
        CloudWatch|amazon cloudwatch
        CloudFront|amazon cloudfront
        RDS|amazon rds|aws rds
        ElastiCache|amazon elasticache
        IAM|aws iam
        ECR|amazon ecr|aws ecr
        Infrastructure as code|iac
        Distributed tracing
        Observability
        Service mesh
        Serverless
        Databricks
        dbt
        Looker
        Alteryx
        SAS|!SAS
        SPSS
        Stata
        Minitab
        """;
}
