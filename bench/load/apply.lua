-- wrk script: each request is a new applicant (unique email) applying with a ~100 KB PDF resume.
-- Counts answers by status and writes the accepted count for run.sh to check against the database.
local boundary = "----openhire-bench-boundary"
local counter = 0
local thread_id = 0
local threads = {}

local function pdf(size)
  local head = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% "
  local tail = "\n%%EOF\n"
  return head .. string.rep("x", size - #head - #tail) .. tail
end
local resume = pdf(100 * 1024)

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
  table.insert(threads, thread)
end

function init(args)
  accepted = 0
  refused = 0
end

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

function request()
  counter = counter + 1
  local email = string.format("bench-%d-%d-%d@example.com", id, counter, math.random(1, 1000000000))
  local body = field("name", "Bench Applicant " .. counter)
    .. field("email", email)
    .. field("consent", "true")
    .. field("cover_letter_text", "I would like to apply.")
    .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"resume.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
    .. resume .. "\r\n--" .. boundary .. "--\r\n"
  return wrk.format("POST", nil, { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
end

function response(status, headers, body)
  if status == 201 then accepted = accepted + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local total_accepted, total_refused = 0, 0
  for _, thread in ipairs(threads) do
    total_accepted = total_accepted + thread:get("accepted")
    total_refused = total_refused + thread:get("refused")
  end
  io.write(string.format("accepted %d refused %d\n", total_accepted, total_refused))
  local out = os.getenv("ACCEPTED_FILE")
  if out then
    local f = io.open(out, "w")
    f:write(tostring(total_accepted))
    f:close()
  end
end
