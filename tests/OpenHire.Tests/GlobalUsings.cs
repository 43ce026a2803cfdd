global using EducationLevel = OpenHire.Analysis.Postings.EducationLevel;
global using EmploymentType = OpenHire.Analysis.Postings.EmploymentType;
global using SalaryPeriod = OpenHire.Analysis.Postings.SalaryPeriod;
global using WorkplaceType = OpenHire.Analysis.Postings.WorkplaceType;
