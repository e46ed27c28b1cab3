// Institutions that news names by their acronym alone (issue 12, round 24, branch h-ents25). An acronym the gazetteer
// does not know is an organisation only where its paragraph shows it acting as one (`FEMA said`, `the FEMA director`)
// or where the document confirms it; these are well known enough to need no such sign (`working with FEMA on
// the levees`, `filed with the IRS`, `an NYPD detective`). Compared as written, in capitals (`Ice`, `Doe`, `Sec.` are other
// words), with or without dots (`I.R.S.`). A hand list of general knowledge: US federal agencies, police forces and party
// committees; broadcasters and newspapers; international bodies; sports bodies; advocacy groups and unions; firms and
// universities known by their initials. Letters that also abbreviate a place or a title (`VA`, `DC`, `NY`) stay out.

const LIST = `IRS FEMA EPA CDC NIH NSF NOAA USDA HHS HUD DHS DOD DOE DOT SEC FTC FCC FAA FDIC CFPB OSHA TSA ICE CBP ATF USPS
SSA OMB CBO GAO NLRB EEOC NTSB FERC USAID GSA NHTSA SBA CFTC NYPD LAPD DCCC DSCC NRCC NRSC
HBO ESPN CNBC NBC CBS CBC MTV NYT WSJ
OPEC OECD UNESCO UNICEF UNHCR ASEAN IAEA ECB
NCAA NBA NHL MLB PGA NASCAR UFC WWE
AARP SPLC ADL AIPAC CAIR SEIU UAW PETA
IBM GM GE BP HSBC UBS KPMG MIT UCLA NYU`;

const KNOWN: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** Whether a token written in capitals (`FEMA`) or dotted initials (`F.E.M.A.`) is one of the known institutions. */
export function knownAcronym(written: string): boolean {
  return KNOWN.has(written.indexOf('.') >= 0 ? written.replace(/\./g, '') : written);
}
