global using OpenHire.Infrastructure.Http;
global using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
// The analysis library's vocabulary is the product's: one definition of each.
global using EducationLevel = OpenHire.Analysis.Postings.EducationLevel;
global using EmploymentType = OpenHire.Analysis.Postings.EmploymentType;
global using SalaryPeriod = OpenHire.Analysis.Postings.SalaryPeriod;
global using WorkplaceType = OpenHire.Analysis.Postings.WorkplaceType;
